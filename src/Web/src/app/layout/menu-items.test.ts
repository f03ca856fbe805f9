import { describe, expect, it } from 'vitest';
import { makeUser } from '@/testing/users';
import { appRoutes } from '../routes/app-routes';
import { accessibleRoutes, menuEntries, selectedRoutePath } from './menu-items';

const pathsFor = (roles: string[]) => accessibleRoutes(appRoutes, makeUser({ roles })).map((route) => route.path);
const registryPages = ['/registry/institutions', '/registry/institutions/:id', '/registry/workers', '/registry/workers/:id'];
/** The register plus bulk import, for the roles that write to it. */
const registryWriterPages = [...registryPages, '/registry/imports'];
/** Training, open to every role (each within their data scope). */
const institutionTrainingPages = ['/training/classes', '/training/classes/:id', '/training/certificates/:enrollmentId', '/training/programmes', '/training/progress'];
/** The bureau's roles also see the training-needs surveys (培训意愿调查); institutions have none. */
const trainingPages = [...institutionTrainingPages, '/training/surveys'];
const trainingMenu = 'menu.training: menu.trainingClasses, menu.trainingProgrammes, menu.trainingProgress, menu.trainingSurveys';
const institutionTrainingMenu = 'menu.training: menu.trainingClasses, menu.trainingProgrammes, menu.trainingProgress';
/** The voucher pages (促进就业券), open to every role of the bureau and the institutions. */
const voucherPages = ['/vouchers/batches', '/vouchers/batches/:id', '/vouchers/service-queue', '/vouchers/settlements', '/vouchers/:id'];
const voucherMenu = 'menu.vouchers: menu.voucherBatches, menu.voucherQueue, menu.voucherSettlements';
/** Subsidies (补贴管理): applying, the review queues and the fund depend on the role. */
const subsidyAll = ['/subsidy/applications', '/subsidy/applications/:id', '/subsidy/apply', '/subsidy/review', '/subsidy/fund', '/subsidy/policies'];
const subsidyReaders = ['/subsidy/applications', '/subsidy/applications/:id', '/subsidy/fund', '/subsidy/policies'];
const subsidyStreet = ['/subsidy/applications', '/subsidy/applications/:id', '/subsidy/apply', '/subsidy/review', '/subsidy/policies'];
const subsidyApplicants = ['/subsidy/applications', '/subsidy/applications/:id', '/subsidy/apply', '/subsidy/policies'];
const subsidyMenu = 'menu.subsidy: menu.subsidyApplications, menu.subsidyReview, menu.subsidyFund, menu.subsidyPolicies';
/** Supervision (监督检查): the campaign board and task pages for every role; revocation proposals for district officers. */
/** Complaints, field visits and the performance ranking: every reader (each within their scope). */
const supervisionPages = ['/inspection/complaints', '/inspection/field-visits', '/inspection/performance'];
const supervisionMenu = 'menu.inspectionComplaints, menu.inspectionFieldVisits, menu.inspectionPerformance';
const inspectionReaderPages = ['/inspection/campaigns', '/inspection/tasks/:id', ...supervisionPages];
/** The bureau's roles also read draw plans (双随机抽查); institutions do not. */
const spotCheckPages = ['/inspection/spot-checks', '/inspection/spot-checks/:id'];
const inspectionBureauPages = ['/inspection/campaigns', '/inspection/tasks/:id', ...spotCheckPages, ...supervisionPages];
const inspectionPages = ['/inspection/campaigns', '/inspection/tasks/:id', ...spotCheckPages, '/inspection/templates', '/inspection/revocation-proposals', ...supervisionPages];
const inspectionMenu = `menu.inspection: menu.inspectionCampaigns, menu.inspectionSpotChecks, menu.inspectionTemplates, menu.revocationProposals, ${supervisionMenu}`;

/** The menu as text: top-level labels, a sub-menu as `group: child, child`. */
const menuFor = (roles: string[]) =>
  menuEntries(accessibleRoutes(appRoutes, makeUser({ roles }))).map((entry) =>
    entry.kind === 'page' ? entry.route.labelKey : `${entry.group.labelKey}: ${entry.routes.map((route) => route.labelKey).join(', ')}`,
  );

describe('menu access', () => {
  it('shows an administrator every page', () => {
    expect(pathsFor(['Admin'])).toEqual(['/', ...registryWriterPages, ...trainingPages, ...voucherPages, ...subsidyAll, ...inspectionPages, '/reports', '/ledgers', '/users', '/clients', '/audit']);
  });

  it('shows an auditor the home page, the register (read only) and the audit trail', () => {
    expect(pathsFor(['Auditor'])).toEqual(['/', ...registryPages, ...trainingPages, ...voucherPages, ...subsidyReaders, ...inspectionBureauPages, '/reports', '/ledgers', '/audit']);
  });

  it('shows a street officer the home page and the register', () => {
    expect(pathsFor(['StreetOfficer'])).toEqual(['/', ...registryWriterPages, ...trainingPages, ...voucherPages, ...subsidyStreet, ...inspectionBureauPages, '/reports', '/ledgers']);
  });

  it('opens the register to every role of the bureau and the institutions', () => {
    for (const role of ['DistrictOfficer', 'StreetOfficer', 'Inspector', 'InstitutionOperator', 'Auditor']) {
      expect(pathsFor([role])).toContain('/registry/workers');
    }
  });

  it('offers bulk import to the roles that write to the register only', () => {
    for (const role of ['Admin', 'DistrictOfficer', 'StreetOfficer', 'InstitutionOperator']) {
      expect(pathsFor([role])).toContain('/registry/imports');
    }
    for (const role of ['Inspector', 'Auditor']) {
      expect(pathsFor([role])).not.toContain('/registry/imports');
    }
  });

  it('combines the pages of several roles', () => {
    expect(pathsFor(['Inspector', 'Auditor'])).toEqual(['/', ...registryPages, ...trainingPages, ...voucherPages, ...subsidyReaders, ...inspectionBureauPages, '/reports', '/ledgers', '/audit']);
  });

  it('groups the register under one sub-menu and leaves detail pages out of the menu', () => {
    expect(menuFor(['Admin'])).toEqual([
      'menu.home',
      'menu.registry: menu.institutions, menu.workers, menu.imports',
      trainingMenu,
      voucherMenu,
      subsidyMenu,
      inspectionMenu,
      'menu.reports',
      'menu.ledgers',
      'menu.users',
      'menu.clients',
      'menu.audit',
    ]);
    expect(menuFor(['InstitutionOperator'])).toEqual([
      'menu.home',
      'menu.registry: menu.institutions, menu.workers, menu.imports',
      institutionTrainingMenu,
      voucherMenu,
      'menu.subsidy: menu.subsidyApplications, menu.subsidyPolicies',
      `menu.inspection: menu.inspectionCampaigns, ${supervisionMenu}`,
      'menu.reports',
      'menu.ledgers',
    ]);
    expect(pathsFor(['InstitutionOperator'])).toEqual(['/', ...registryWriterPages, ...institutionTrainingPages, ...voucherPages, ...subsidyApplicants, ...inspectionReaderPages, '/reports', '/ledgers']);
    expect(menuFor(['Inspector'])).toEqual([
      'menu.home',
      'menu.registry: menu.institutions, menu.workers',
      trainingMenu,
      voucherMenu,
      'menu.subsidy: menu.subsidyApplications, menu.subsidyFund, menu.subsidyPolicies',
      `menu.inspection: menu.inspectionCampaigns, menu.inspectionSpotChecks, ${supervisionMenu}`,
      'menu.reports',
      'menu.ledgers',
    ]);
  });

  it('shows no empty sub-menu', () => {
    expect(menuEntries(appRoutes.filter((route) => !route.group))).toHaveLength(6);
  });

  it('selects the deepest route that contains the location', () => {
    expect(selectedRoutePath(appRoutes, '/')).toBe('/');
    expect(selectedRoutePath(appRoutes, '/users')).toBe('/users');
    expect(selectedRoutePath(appRoutes, '/users/u-1')).toBe('/users');
    expect(selectedRoutePath(appRoutes, '/usersx')).toBe('/');
  });

  it('keeps the list selected on its detail page', () => {
    expect(selectedRoutePath(appRoutes, '/registry/institutions/0190a1b2-c3d4')).toBe('/registry/institutions');
    expect(selectedRoutePath(appRoutes, '/registry/workers/0190a1b2-c3d4')).toBe('/registry/workers');
    expect(selectedRoutePath(appRoutes, '/subsidy/applications/0190a1b2-c3d4')).toBe('/subsidy/applications');
  });
});
