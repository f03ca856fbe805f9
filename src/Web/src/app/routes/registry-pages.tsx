import { InstitutionDetailPage } from '@/features/institutions/components/institution-detail-page';
import { InstitutionWorkers } from '@/features/workers/components/institution-workers';

/**
 * The institution page with its workers tab. Features do not import each other: the app composes the
 * workers list (workers feature) into the institution page (institutions feature) here.
 */
export function InstitutionDetailRoute() {
  return (
    <InstitutionDetailPage
      renderWorkers={(institution) => <InstitutionWorkers institution={{ id: institution.id, name: institution.name }} />}
    />
  );
}
