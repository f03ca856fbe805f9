import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { previewCalculation, type ApplyBody } from './subsidy';

/**
 * The live calculation preview (补贴测算): the body once it has stopped changing for `delay` ms is sent to the preview
 * endpoint (nothing is saved); an outdated request is aborted. No call while the body is incomplete (null).
 */
export function usePreview(body: ApplyBody | null, delay = 400) {
  const debounced = useDebouncedValue(body, delay);
  const key = debounced ? JSON.stringify(debounced) : null;
  return useQuery({
    queryKey: ['subsidy', 'preview', key],
    queryFn: ({ signal }) => previewCalculation(debounced!, signal),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
}
