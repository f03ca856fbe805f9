import type { Dashboard } from '../api/get-dashboard';

export type Kpi = Dashboard['kpis'][number];
