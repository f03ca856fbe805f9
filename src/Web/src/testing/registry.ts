import { json, type Handler } from './fetch-mock';

/** Registry catalogues as the API answers them (a few entries each). */
export const registryCatalogRoutes: Record<string, Handler> = {
  'GET /api/v1/registry/streets': () =>
    json([
      { code: '150203001', name: '少先路街道' },
      { code: '150203002', name: '沼潭街道' },
    ]),
  'GET /api/v1/registry/business-formats': () =>
    json([
      { code: 'Housekeeping', name: '家政服务' },
      { code: 'ElderlyCare', name: '养老服务' },
    ]),
  'GET /api/v1/registry/job-types': () =>
    json([
      { code: 'Housekeeper', name: '家政服务员' },
      { code: 'ElderlyCarer', name: '养老护理员' },
    ]),
  'GET /api/v1/registry/titles': () => json([{ code: 'Top100Top10', name: '百户十强', level: 'District' }]),
};

export function makeInstitution(overrides: Record<string, unknown> = {}) {
  return {
    id: 'i-1',
    name: '包头市安心家政服务有限公司',
    creditCode: '91150203MA0N000001',
    streetCode: '150203001',
    streetName: '少先路街道',
    address: '少先路 1 号',
    legalRepresentative: '王丽',
    contactPhone: '0472-5100000',
    businessFormats: ['Housekeeping'],
    status: 'Registered',
    statusReason: null,
    recognisedAt: null,
    isEmployeeBased: false,
    employeeBasedUntil: null,
    isAllianceMember: false,
    allianceJoinedOn: null,
    titles: [],
    workerCount: 0,
    createdAt: '2025-01-02T03:04:05Z',
    updatedAt: '2025-01-02T03:04:05Z',
    version: 'v1',
    ...overrides,
  };
}

export function makeWorker(overrides: Record<string, unknown> = {}) {
  return {
    id: 'w-1',
    name: '李秀英',
    idNumberMasked: '150203********1234',
    gender: 'Female',
    birthDate: '1980-05-06',
    age: 45,
    phoneMasked: '139****5678',
    institutionId: 'i-1',
    institutionName: '包头市安心家政服务有限公司',
    streetCode: '150203001',
    employmentType: 'EmployeeBased',
    jobTypes: ['Housekeeper'],
    healthCheckDate: '2025-03-01',
    healthCheckValidUntil: '2026-03-01',
    accidentInsuranceValidUntil: '2026-01-01',
    identityVerified: true,
    isRevoked: false,
    revokedReason: null,
    credentialStatus: 'Green',
    certificates: [],
    createdAt: '2025-01-02T03:04:05Z',
    updatedAt: '2025-01-02T03:04:05Z',
    version: 'v1',
    ...overrides,
  };
}
