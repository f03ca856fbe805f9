// A minimal typed client for the Jiafu API on top of fetch, with the request and response types generated from the
// OpenAPI document (src/Web/src/lib/api-types.ts; copy that file into your project, or generate it yourself with
// openapi-typescript from /swagger/v1/swagger.json).
import type { components } from '../../src/Web/src/lib/api-types.js';

export type Schemas = components['schemas'];

export const baseUrl = (process.env.JIAFU_BASE_URL ?? 'http://127.0.0.1:5181').replace(/\/$/, '');

/** An RFC 9457 problem answered by the API, with its stable `code` and per-field `errors`. */
export class ProblemError extends Error {
  constructor(readonly status: number, readonly problem: Partial<Schemas['HttpValidationProblemDetails']>) {
    super(`${status} ${problem.code ?? ''}: ${problem.detail ?? problem.title ?? ''}`);
  }
}

/** Sends a request; resolves with the JSON body when the status is the expected one, rejects with the problem otherwise. */
export async function call<T>(method: string, path: string, expected: number, init: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (response.status !== expected) throw new ProblemError(response.status, body ?? {});
  return body as T;
}

/** Bearer token of a user (POST /api/v1/auth/login). */
export async function userToken(userName: string, password: string): Promise<string> {
  const body: Schemas['Login'] = { userName, password };
  return (await call<Schemas['TokenResponse']>('POST', '/api/v1/auth/login', 200, { json: body })).accessToken;
}

/** Bearer token of an API client: OAuth 2.0 client credentials (POST /api/v1/auth/token, form-encoded). */
export async function clientToken(clientId: string, clientSecret: string): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  return (await call<Schemas['ClientTokenResponse']>('POST', '/api/v1/auth/token', 200, { body: form })).access_token;
}

const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const random = (n: number) => Math.floor(Math.random() * n);

/** A valid unified social credit code (GB 32100) of a Kundulun enterprise. */
export function newCreditCode(): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let body = '91150203';
  for (let i = 0; i < 9; i++) body += creditAlphabet[random(31)];
  const sum = [...body].reduce((s, c, i) => s + creditAlphabet.indexOf(c) * weights[i]!, 0);
  return body + creditAlphabet[(31 - (sum % 31)) % 31];
}

/** A valid resident ID number (GB 11643) registered in Kundulun District. */
export function newIdNumber(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const body = `150203${1970 + random(30)}${pad(1 + random(12), 2)}${pad(1 + random(28), 2)}${pad(random(1000), 3)}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export const newPhone = () => `139${String(random(100_000_000)).padStart(8, '0')}`;

/** Today in China (UTC+8), the API's business date. */
export const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export interface Setup {
  adminToken: string;
  institutionId: string;
  institutionCreditCode: string;
  batchId: string;
  clientId: string;
  clientSecret: string;
}

/**
 * What the examples need, made with an administrator's account: a recognised institution, a voucher batch, and an
 * API client bound to the institution (its secret is shown once, in the creation response).
 */
export async function setUp(): Promise<Setup> {
  const adminToken = await userToken(process.env.JIAFU_ADMIN_USER ?? 'admin', required('JIAFU_ADMIN_PASSWORD'));
  const admin = { token: adminToken };
  const creditCode = newCreditCode();
  const institutionBody: Schemas['CreateInstitution'] = {
    name: `示例家政服务有限公司${creditCode.slice(8, 14)}`, creditCode, streetCode: '150203005',
    address: '内蒙古包头市昆都仑区阿尔丁大街45号', legalRepresentative: '王秀英', contactPhone: newPhone(),
    businessFormats: ['Housekeeping'], isAllianceMember: false,
  };
  const institution = await call<Schemas['InstitutionResponse']>('POST', '/api/v1/registry/institutions', 201, { ...admin, json: institutionBody });
  for (const action of ['apply-recognition', 'recognise']) {
    await call('POST', `/api/v1/registry/institutions/${institution.id}/${action}`, 200, { ...admin, json: {} });
  }

  const year = Number(today().slice(0, 4));
  const batchBody: Schemas['CreateBatch'] = {
    name: `示例批次 ${today()} ${creditCode.slice(8, 14)}`, year, quantity: 50, faceValue: 200,
    eligibleGroups: ['UrbanUnemployed'], validFrom: today(), validUntil: `${year + 1}-12-31`,
  };
  const batch = await call<Schemas['BatchResponse']>('POST', '/api/v1/vouchers/batches', 201, { ...admin, json: batchBody });

  const clientBody: Schemas['CreateClient'] = {
    name: '示例 O2O 平台 (TypeScript)',
    scopes: ['registry.read', 'registry.write', 'vouchers.read', 'vouchers.write', 'vouchers.services.write'],
    institutionIds: [institution.id],
  };
  const client = await call<Schemas['CreatedApiClientResponse']>('POST', '/api/v1/identity/clients', 201, { ...admin, json: clientBody });
  return {
    adminToken, institutionId: institution.id, institutionCreditCode: creditCode, batchId: batch.id,
    clientId: client.clientId, clientSecret: client.clientSecret,
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}
