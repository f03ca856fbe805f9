import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { LocaleProvider } from '@/lib/i18n';
import { AntdConfig } from './antd-config';
import { createQueryClient } from './query-client';

interface AppProviderProps {
  children: ReactNode;
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <AntdConfig>{children}</AntdConfig>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
