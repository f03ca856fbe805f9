// Record a voucher service (记录服务): the institution's API client schedules the visit and records what was done.
// The district's side (approval, which issues the voucher, and the resident's choice of institution) is done here
// with the administrator's token so that the example has a voucher to serve.
import { call, clientToken, newIdNumber, newPhone, setUp, today, type Schemas } from './jiafu.js';

const setup = await setUp();
const admin = { token: setup.adminToken };
const declaration: Schemas['SubmitApplication'] = {
  batchId: setup.batchId, applicantName: '李淑珍', idNumber: newIdNumber(), phone: newPhone(), streetCode: '150203005',
  address: '钢铁大街 8 号', group: 'UrbanUnemployed', householdSize: 2,
};
const application = await call<Schemas['ApplicationResponse']>('POST', '/api/v1/vouchers/applications', 201, { ...admin, json: declaration });
const approved = await call<Schemas['ApplicationResponse']>('POST', `/api/v1/vouchers/applications/${application.id}/approve`, 200, admin);
const voucherId = approved.voucherId!;
const choice: Schemas['SelectInstitutionRequest'] = { institutionId: setup.institutionId, businessFormat: 'Housekeeping' };
await call('POST', `/api/v1/vouchers/${voucherId}/select-institution`, 200, { ...admin, json: choice });

const token = await clientToken(setup.clientId, setup.clientSecret);
const visit: Schemas['ScheduleServiceRequest'] = { scheduledFor: today() };
await call<Schemas['VoucherResponse']>('POST', `/api/v1/vouchers/${voucherId}/schedule`, 200, { token, json: visit });
const service: Schemas['RecordServiceRequest'] = {
  workerName: '刘桂芳', serviceDate: today(), durationMinutes: 120, serviceItems: '居家保洁', residentConfirmed: true,
};
const served = await call<Schemas['VoucherResponse']>('POST', `/api/v1/vouchers/${voucherId}/service`, 200, {
  token, json: service, headers: { 'Idempotency-Key': crypto.randomUUID() },
});
console.log({ id: served.id, status: served.status, service: served.service });
if (served.status !== 'Served') throw new Error(`expected Served, got ${served.status}`);
