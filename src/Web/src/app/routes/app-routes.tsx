import {
  AimOutlined,
  AuditOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  CarryOutOutlined,
  BarChartOutlined,
  BookOutlined,
  AccountBookOutlined,
  FileDoneOutlined,
  GiftOutlined,
  BankOutlined,
  CheckSquareOutlined,
  FundOutlined,
  MoneyCollectOutlined,
  ProfileOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  LineChartOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  CommentOutlined,
  EnvironmentOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { canReadRegistry, canWriteRegistry } from '@/features/registry-reference/access';
import { canApplySubsidy, canReadSubsidy, canReadSubsidyFund, canReviewSubsidy } from '@/features/subsidy/access';
import { canManageInspection, canReadInspection, canReadSpotChecks } from '@/features/inspection/access';
import { canReadSurveys, canReadTraining } from '@/features/training/access';
import { canReadVouchers } from '@/features/vouchers/access';
import { anyUser, hasAnyRole, type Access } from '@/lib/auth';
import type { CommonKey } from '@/locales/common';

/** A group of menu entries (a sub-menu). */
export interface MenuGroup {
  key: string;
  labelKey: CommonKey;
  icon: ReactNode;
}

/** A page of the dashboard: its route, its menu entry and who may open it. */
export interface AppRoute {
  path: string;
  labelKey: CommonKey;
  icon?: ReactNode;
  access: Access;
  Component: ComponentType;
  /** The sub-menu the entry belongs to; top level when absent. */
  group?: MenuGroup;
  /** Pages opened from another page (details) have no menu entry; their parent's entry stays selected. */
  hideInMenu?: boolean;
}

const HomePage = lazy(() => import('./home-route').then((m) => ({ default: m.HomeRoute })));
const InstitutionsPage = lazy(() =>
  import('@/features/institutions/components/institutions-page').then((m) => ({ default: m.InstitutionsPage })),
);
const InstitutionDetailRoute = lazy(() => import('./registry-pages').then((m) => ({ default: m.InstitutionDetailRoute })));
const WorkersPage = lazy(() => import('@/features/workers/components/workers-page').then((m) => ({ default: m.WorkersPage })));
const WorkerDetailPage = lazy(() =>
  import('@/features/workers/components/worker-detail-page').then((m) => ({ default: m.WorkerDetailPage })),
);
const ImportsPage = lazy(() => import('@/features/imports/components/imports-page').then((m) => ({ default: m.ImportsPage })));
const UsersPage = lazy(() => import('@/features/users/components/users-page').then((m) => ({ default: m.UsersPage })));
const ClientsPage = lazy(() =>
  import('@/features/clients/components/clients-page').then((m) => ({ default: m.ClientsPage })),
);
const AuditPage = lazy(() => import('@/features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));

const TrainingProgrammesPage = lazy(() =>
  import('@/features/training/components/programmes-page').then((m) => ({ default: m.ProgrammesPage })),
);
const TrainingClassesPage = lazy(() => import('@/features/training/components/classes-page').then((m) => ({ default: m.ClassesPage })));
const TrainingClassDetailPage = lazy(() =>
  import('@/features/training/components/class-detail-page').then((m) => ({ default: m.ClassDetailPage })),
);
const TrainingCertificatePage = lazy(() =>
  import('@/features/training/components/certificate-page').then((m) => ({ default: m.CertificatePage })),
);
const TrainingSurveysPage = lazy(() => import('@/features/training/components/surveys-page').then((m) => ({ default: m.SurveysPage })));
const TrainingProgressPage = lazy(() => import('@/features/training/components/progress-page').then((m) => ({ default: m.ProgressPage })));
const BatchesPage = lazy(() => import('@/features/vouchers/components/batches-page').then((m) => ({ default: m.BatchesPage })));
const BatchDetailPage = lazy(() =>
  import('@/features/vouchers/components/batch-detail-page').then((m) => ({ default: m.BatchDetailPage })),
);
const VoucherDetailPage = lazy(() =>
  import('@/features/vouchers/components/voucher-detail-page').then((m) => ({ default: m.VoucherDetailPage })),
);
const ServiceQueuePage = lazy(() =>
  import('@/features/vouchers/components/service-queue-page').then((m) => ({ default: m.ServiceQueuePage })),
);
const SettlementsPage = lazy(() =>
  import('@/features/vouchers/components/settlements-page').then((m) => ({ default: m.SettlementsPage })),
);

const SubsidyApplicationsPage = lazy(() =>
  import('@/features/subsidy/components/applications-page').then((m) => ({ default: m.ApplicationsPage })),
);
const SubsidyApplicationDetailPage = lazy(() =>
  import('@/features/subsidy/components/application-detail-page').then((m) => ({ default: m.ApplicationDetailPage })),
);
const SubsidyApplyPage = lazy(() => import('@/features/subsidy/components/apply-page').then((m) => ({ default: m.ApplyPage })));
const SubsidyReviewQueuePage = lazy(() =>
  import('@/features/subsidy/components/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })),
);
const SubsidyPoliciesPage = lazy(() => import('@/features/subsidy/components/policies-page').then((m) => ({ default: m.PoliciesPage })));
const SubsidyFundPage = lazy(() => import('@/features/subsidy/components/fund-page').then((m) => ({ default: m.FundPage })));

const subsidy: MenuGroup = { key: 'subsidy', labelKey: 'menu.subsidy', icon: <MoneyCollectOutlined /> };
const CampaignsPage = lazy(() => import('@/features/inspection/components/campaigns-page').then((m) => ({ default: m.CampaignsPage })));
const InspectionTaskPage = lazy(() => import('@/features/inspection/components/task-page').then((m) => ({ default: m.TaskPage })));
const TemplatesPage = lazy(() => import('@/features/inspection/components/templates-page').then((m) => ({ default: m.TemplatesPage })));
const SpotCheckPlansPage = lazy(() =>
  import('@/features/inspection/components/spot-check-plans-page').then((m) => ({ default: m.SpotCheckPlansPage })),
);
const SpotCheckPlanPage = lazy(() => import('@/features/inspection/components/spot-check-plan-page').then((m) => ({ default: m.SpotCheckPlanPage })));
const ProposalsPage = lazy(() => import('@/features/inspection/components/proposals-page').then((m) => ({ default: m.ProposalsPage })));
const ComplaintsPage = lazy(() => import('@/features/inspection/components/complaints-page').then((m) => ({ default: m.ComplaintsPage })));
const FieldVisitsPage = lazy(() => import('@/features/inspection/components/field-visits-page').then((m) => ({ default: m.FieldVisitsPage })));
const PerformancePage = lazy(() => import('@/features/inspection/components/performance-page').then((m) => ({ default: m.PerformancePage })));

const inspection: MenuGroup = { key: 'inspection', labelKey: 'menu.inspection', icon: <SafetyCertificateOutlined /> };
const LedgersPage = lazy(() => import('@/features/ledgers/components/ledgers-page').then((m) => ({ default: m.LedgersPage })));
const ReportsPage = lazy(() => import('@/features/reports/components/reports-page').then((m) => ({ default: m.ReportsPage })));

const vouchers: MenuGroup = { key: 'vouchers', labelKey: 'menu.vouchers', icon: <GiftOutlined /> };

const registry: MenuGroup = { key: 'registry', labelKey: 'menu.registry', icon: <DatabaseOutlined /> };
const training: MenuGroup = { key: 'training', labelKey: 'menu.training', icon: <ReadOutlined /> };

export const appRoutes: AppRoute[] = [
  { path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, access: anyUser, Component: HomePage },
  {
    path: '/registry/institutions',
    labelKey: 'menu.institutions',
    icon: <BankOutlined />,
    group: registry,
    access: canReadRegistry,
    Component: InstitutionsPage,
  },
  {
    path: '/registry/institutions/:id',
    labelKey: 'menu.institutionDetail',
    hideInMenu: true,
    access: canReadRegistry,
    Component: InstitutionDetailRoute,
  },
  {
    path: '/registry/workers',
    labelKey: 'menu.workers',
    icon: <IdcardOutlined />,
    group: registry,
    access: canReadRegistry,
    Component: WorkersPage,
  },
  {
    path: '/registry/workers/:id',
    labelKey: 'menu.workerDetail',
    hideInMenu: true,
    access: canReadRegistry,
    Component: WorkerDetailPage,
  },
  {
    path: '/registry/imports',
    labelKey: 'menu.imports',
    icon: <CloudUploadOutlined />,
    group: registry,
    access: canWriteRegistry,
    Component: ImportsPage,
  },
  {
    path: '/training/classes',
    labelKey: 'menu.trainingClasses',
    icon: <ScheduleOutlined />,
    group: training,
    access: canReadTraining,
    Component: TrainingClassesPage,
  },
  {
    path: '/training/classes/:id',
    labelKey: 'menu.trainingClassDetail',
    hideInMenu: true,
    access: canReadTraining,
    Component: TrainingClassDetailPage,
  },
  {
    path: '/training/certificates/:enrollmentId',
    labelKey: 'menu.trainingCertificate',
    hideInMenu: true,
    access: canReadTraining,
    Component: TrainingCertificatePage,
  },
  {
    path: '/training/programmes',
    labelKey: 'menu.trainingProgrammes',
    icon: <SolutionOutlined />,
    group: training,
    access: canReadTraining,
    Component: TrainingProgrammesPage,
  },
  {
    path: '/training/progress',
    labelKey: 'menu.trainingProgress',
    icon: <LineChartOutlined />,
    group: training,
    access: canReadTraining,
    Component: TrainingProgressPage,
  },
  {
    path: '/training/surveys',
    labelKey: 'menu.trainingSurveys',
    icon: <SolutionOutlined />,
    group: training,
    access: canReadSurveys,
    Component: TrainingSurveysPage,
  },
  {
    path: '/vouchers/batches',
    labelKey: 'menu.voucherBatches',
    icon: <FileDoneOutlined />,
    group: vouchers,
    access: canReadVouchers,
    Component: BatchesPage,
  },
  {
    path: '/vouchers/batches/:id',
    labelKey: 'menu.voucherBatchDetail',
    hideInMenu: true,
    access: canReadVouchers,
    Component: BatchDetailPage,
  },
  {
    path: '/vouchers/service-queue',
    labelKey: 'menu.voucherQueue',
    icon: <ScheduleOutlined />,
    group: vouchers,
    access: canReadVouchers,
    Component: ServiceQueuePage,
  },
  {
    path: '/vouchers/settlements',
    labelKey: 'menu.voucherSettlements',
    icon: <AccountBookOutlined />,
    group: vouchers,
    access: canReadVouchers,
    Component: SettlementsPage,
  },
  {
    path: '/vouchers/:id',
    labelKey: 'menu.voucherDetail',
    hideInMenu: true,
    access: canReadVouchers,
    Component: VoucherDetailPage,
  },
  {
    path: '/subsidy/applications',
    labelKey: 'menu.subsidyApplications',
    icon: <ProfileOutlined />,
    group: subsidy,
    access: canReadSubsidy,
    Component: SubsidyApplicationsPage,
  },
  {
    path: '/subsidy/applications/:id',
    labelKey: 'menu.subsidyApplicationDetail',
    hideInMenu: true,
    access: canReadSubsidy,
    Component: SubsidyApplicationDetailPage,
  },
  {
    path: '/subsidy/apply',
    labelKey: 'menu.subsidyApply',
    hideInMenu: true,
    access: canApplySubsidy,
    Component: SubsidyApplyPage,
  },
  {
    path: '/subsidy/review',
    labelKey: 'menu.subsidyReview',
    icon: <CheckSquareOutlined />,
    group: subsidy,
    access: canReviewSubsidy,
    Component: SubsidyReviewQueuePage,
  },
  {
    path: '/subsidy/fund',
    labelKey: 'menu.subsidyFund',
    icon: <FundOutlined />,
    group: subsidy,
    access: canReadSubsidyFund,
    Component: SubsidyFundPage,
  },
  {
    path: '/subsidy/policies',
    labelKey: 'menu.subsidyPolicies',
    icon: <SolutionOutlined />,
    group: subsidy,
    access: canReadSubsidy,
    Component: SubsidyPoliciesPage,
  },
  {
    path: '/inspection/campaigns',
    labelKey: 'menu.inspectionCampaigns',
    icon: <CarryOutOutlined />,
    group: inspection,
    access: canReadInspection,
    Component: CampaignsPage,
  },
  {
    path: '/inspection/tasks/:id',
    labelKey: 'menu.inspectionTask',
    hideInMenu: true,
    access: canReadInspection,
    Component: InspectionTaskPage,
  },
  {
    path: '/inspection/spot-checks',
    labelKey: 'menu.inspectionSpotChecks',
    icon: <AimOutlined />,
    group: inspection,
    access: canReadSpotChecks,
    Component: SpotCheckPlansPage,
  },
  {
    path: '/inspection/spot-checks/:id',
    labelKey: 'menu.inspectionSpotCheck',
    hideInMenu: true,
    access: canReadSpotChecks,
    Component: SpotCheckPlanPage,
  },
  {
    path: '/inspection/templates',
    labelKey: 'menu.inspectionTemplates',
    icon: <OrderedListOutlined />,
    group: inspection,
    access: canManageInspection,
    Component: TemplatesPage,
  },
  {
    path: '/inspection/revocation-proposals',
    labelKey: 'menu.revocationProposals',
    icon: <StopOutlined />,
    group: inspection,
    access: canManageInspection,
    Component: ProposalsPage,
  },
  {
    path: '/inspection/complaints',
    labelKey: 'menu.inspectionComplaints',
    icon: <CommentOutlined />,
    group: inspection,
    access: canReadInspection,
    Component: ComplaintsPage,
  },
  {
    path: '/inspection/field-visits',
    labelKey: 'menu.inspectionFieldVisits',
    icon: <EnvironmentOutlined />,
    group: inspection,
    access: canReadInspection,
    Component: FieldVisitsPage,
  },
  {
    path: '/inspection/performance',
    labelKey: 'menu.inspectionPerformance',
    icon: <TrophyOutlined />,
    group: inspection,
    access: canReadInspection,
    Component: PerformancePage,
  },
  {
    path: '/reports',
    labelKey: 'menu.reports',
    icon: <BarChartOutlined />,
    access: hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor'),
    Component: ReportsPage,
  },
  {
    path: '/ledgers',
    labelKey: 'menu.ledgers',
    icon: <BookOutlined />,
    access: hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor'),
    Component: LedgersPage,
  },
  { path: '/users', labelKey: 'menu.users', icon: <TeamOutlined />, access: hasAnyRole('Admin'), Component: UsersPage },
  { path: '/clients', labelKey: 'menu.clients', icon: <KeyOutlined />, access: hasAnyRole('Admin'), Component: ClientsPage },
  {
    path: '/audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    access: hasAnyRole('Admin', 'Auditor'),
    Component: AuditPage,
  },
];
