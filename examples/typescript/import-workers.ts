// Bulk-import workers (从业人员批量导入) from a CSV file as an API client, and poll the job until it finishes.
import { call, clientToken, newIdNumber, newPhone, setUp, today, type Schemas } from './jiafu.js';

const setup = await setUp();
const token = await clientToken(setup.clientId, setup.clientSecret);

const csv = [
  'name,idNumber,phone,institutionCreditCode,employmentType,jobTypes,healthCheckDate,identityVerified',
  `王秀英,${newIdNumber()},${newPhone()},${setup.institutionCreditCode},EmployeeBased,家政服务员,${today()},是`,
  `刘桂芳,${newIdNumber()},${newPhone()},${setup.institutionCreditCode},Flexible,家政服务员,${today()},是`,
].join('\n');

/** Uploads the file (202 Accepted) and polls the job's statusUrl until it is Completed or Failed. */
async function importWorkers(mode: Schemas['ImportMode']): Promise<Schemas['ImportJobResponse']> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'workers.csv');
  const accepted = await call<Schemas['ImportAccepted']>('POST', `/api/v1/registry/imports/workers?mode=${mode.toLowerCase()}`, 202, {
    token, body: form, headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  for (let attempt = 0; attempt < 60; attempt++) {
    const job = await call<Schemas['ImportJobResponse']>('GET', accepted.statusUrl, 200, { token });
    if (job.state === 'Completed') return job;
    if (job.state === 'Failed') throw new Error(`import failed: ${job.failureReason}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('the import did not finish in time');
}

const checked = await importWorkers('Validate'); // checks every row, writes nothing
console.log('validate:', { rowsRead: checked.rowsRead, rowsInvalid: checked.rowsInvalid, errors: checked.errors });
if (checked.rowsInvalid !== 0) throw new Error('fix the rows listed in errors first');

const imported = await importWorkers('Commit'); // writes the valid rows, all or nothing
console.log('commit:', { rowsRead: imported.rowsRead, created: imported.created, updated: imported.updated });
if (imported.created + imported.updated !== 2) throw new Error('expected two workers imported');
