/** An entry of a configured catalogue: a stable code and its (Chinese) name. */
export interface CatalogEntry {
  code: string;
  name: string;
}

/** The name of a code; a code the catalogue does not know (yet) is shown as it is. */
export function catalogName(catalog: readonly CatalogEntry[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return catalog?.find((entry) => entry.code === code)?.name ?? code;
}

/** Select options, value = code, label = name. */
export function catalogOptions(catalog: readonly CatalogEntry[] | undefined): { value: string; label: string }[] {
  return (catalog ?? []).map((entry) => ({ value: entry.code, label: entry.name }));
}
