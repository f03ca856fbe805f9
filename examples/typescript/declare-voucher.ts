// Declare a voucher application (促进就业券申报) for a resident as an API client, safely retried with an Idempotency-Key.
import { call, clientToken, newIdNumber, newPhone, setUp, type Schemas } from './jiafu.js';

const setup = await setUp();
const token = await clientToken(setup.clientId, setup.clientSecret);

const application: Schemas['SubmitApplication'] = {
  batchId: setup.batchId, applicantName: '王秀英', idNumber: newIdNumber(), phone: newPhone(), streetCode: '150203005',
  address: '钢铁大街 12 号 3 栋 2 单元', group: 'UrbanUnemployed', householdSize: 3, evidenceNote: '失业登记证',
};
const body = JSON.stringify(application); // serialise once: a retry must send the same bytes
const headers = { 'Idempotency-Key': crypto.randomUUID(), 'Content-Type': 'application/json' };

const declared = await call<Schemas['ApplicationResponse']>('POST', '/api/v1/vouchers/applications', 201, { token, body, headers });
console.log({ id: declared.id, status: declared.status, idNumberMasked: declared.idNumberMasked });

// A retry with the same key and body (say after a timeout) returns the first response instead of declaring twice.
const retried = await call<Schemas['ApplicationResponse']>('POST', '/api/v1/vouchers/applications', 201, { token, body, headers });
if (retried.id !== declared.id) throw new Error('the retry declared a second application');
