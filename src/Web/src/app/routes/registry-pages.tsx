import { InstitutionDetailPage } from '@/features/institutions/components/institution-detail-page';
import { canReadInspection } from '@/features/inspection/access';
import { IntegrityTimeline } from '@/features/inspection/components/integrity-timeline';
import { InstitutionWorkers } from '@/features/workers/components/institution-workers';
import { useCurrentUser } from '@/lib/auth';

/**
 * The institution page with its workers tab. Features do not import each other: the app composes the
 * workers list (workers feature) and the integrity record (inspection feature) into the institution page
 * (institutions feature) here.
 */
export function InstitutionDetailRoute() {
  const user = useCurrentUser();
  return (
    <InstitutionDetailPage
      renderWorkers={(institution) => <InstitutionWorkers institution={{ id: institution.id, name: institution.name }} />}
      renderIntegrity={canReadInspection(user) ? (institution) => <IntegrityTimeline institutionId={institution.id} /> : undefined}
    />
  );
}
