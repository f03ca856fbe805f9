import { Select, type SelectProps } from 'antd';
import { useRef, useState } from 'react';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useInstitutionOptions } from '../api/search-institutions';

export interface InstitutionOption {
  id: string;
  name: string;
}

interface InstitutionSelectProps extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading' | 'filterOption'> {
  /** An institution to offer even before a search finds it (e.g. the current value). */
  initialOption?: InstitutionOption | null;
  /** An institution not to offer (e.g. the worker's current employer when moving). */
  excludeId?: string | null;
}

/** Chooses an institution by searching the institutions list (name or credit code) as one types. */
export function InstitutionSelect({ initialOption, excludeId, onOpenChange, ...props }: InstitutionSelectProps) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const found = useInstitutionOptions(debounced);
  // Names already seen, so the chosen institution keeps its label when a later search does not list it.
  const known = useRef(new Map<string, string>());
  for (const option of [...(initialOption ? [initialOption] : []), ...(found.data ?? [])]) {
    known.current.set(option.id, option.name);
  }

  const listed = found.data ?? [];
  const selected = typeof props.value === 'string' ? props.value : undefined;
  const pinned = [initialOption?.id, selected].filter(
    (id, index, ids): id is string => Boolean(id) && ids.indexOf(id) === index && !listed.some((option) => option.id === id),
  );
  const options = [
    ...pinned.flatMap((id) => (known.current.has(id) ? [{ value: id, label: known.current.get(id)! }] : [])),
    ...listed.map((option) => ({ value: option.id, label: option.name })),
  ].filter((option) => option.value !== excludeId);

  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
        onOpenChange?.(open);
      }}
      loading={found.isFetching}
      options={options}
    />
  );
}
