import type { ReactNode } from 'react';
import { useCurrentUser, type Access } from '@/lib/auth';
import { ForbiddenPage } from './forbidden-page';

export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const user = useCurrentUser();
  return access(user) ? children : <ForbiddenPage />;
}
