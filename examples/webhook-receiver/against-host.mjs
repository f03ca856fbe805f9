// Runs the receiver against a started Jiafu host: registers an API client, subscribes the receiver, sends a ping,
// checks that it arrives signed, replays it and checks that the replay carries the same event id.
//   JIAFU_URL=http://127.0.0.1:5000 JIAFU_ADMIN_USER=admin JIAFU_ADMIN_PASSWORD=... node against-host.mjs
// The host must allow http://localhost endpoints: Integration__Webhooks__AllowInsecureLocalhost=true.
import { startReceiver } from './receiver.mjs';

const base = process.env.JIAFU_URL ?? 'http://127.0.0.1:5000';
const json = async (response, expected) => {
  const body = await response.text();
  if (response.status !== expected) throw new Error(`${response.url} answered ${response.status}, expected ${expected}: ${body}`);
  return body ? JSON.parse(body) : undefined;
};
const call = (path, { token, method = 'GET', body, form } = {}) =>
  fetch(base + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: body ? JSON.stringify(body) : form ? new URLSearchParams(form) : undefined,
  });
const until = async (probe, what, timeoutMs = 20000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

// 1. An administrator registers a client allowed to manage its webhooks (a partner gets its credentials from the bureau).
const admin = await json(await call('/api/v1/auth/login', {
  method: 'POST', body: { userName: process.env.JIAFU_ADMIN_USER ?? 'admin', password: process.env.JIAFU_ADMIN_PASSWORD },
}), 200);
const client = await json(await call('/api/v1/identity/clients', {
  token: admin.accessToken, method: 'POST',
  body: { name: 'webhook example', scopes: ['integration.webhooks', 'registry.read'], institutionIds: [] },
}), 201);

// 2. The client signs in with the client-credentials grant.
const { access_token: token } = await json(await call('/api/v1/auth/token', {
  method: 'POST', form: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
}), 200);

// 3. It starts its receiver and subscribes it; the signing secret comes back once.
const received = [];
let secret = '';
const server = await startReceiver({ get secret() { return secret; }, port: 0, onEvent: (e) => received.push(e) });
const url = `http://127.0.0.1:${server.address().port}/jiafu`;
const created = await json(await call('/api/v1/integration/webhooks', {
  token, method: 'POST', body: { url, eventTypes: ['registry.worker-registered'], description: 'example receiver' },
}), 201);
secret = created.secret;
const subscriptionId = created.subscription.id;

try {
  // 4. Ping: the receiver verifies the signature (401 otherwise, which the delivery log would show).
  const ping = await json(await call(`/api/v1/integration/webhooks/${subscriptionId}/ping`, { token, method: 'POST' }), 202);
  const delivered = await until(async () => {
    const d = await json(await call(`/api/v1/integration/webhooks/deliveries/${ping.id}`, { token }), 200);
    return d.status !== 'Pending' ? d : undefined;
  }, 'the ping delivery');
  if (delivered.status !== 'Succeeded' || received.length !== 1 || received[0].type !== 'ping') {
    throw new Error(`ping not verified: ${JSON.stringify(delivered)}`);
  }
  console.log(`ping ${received[0].id} verified (${delivered.lastDurationMs} ms, HTTP ${delivered.lastStatusCode})`);

  // 5. Replay: the same event id arrives again and the receiver acknowledges it without handling it twice.
  const replay = await json(await call(`/api/v1/integration/webhooks/deliveries/${ping.id}/replay`, { token, method: 'POST' }), 202);
  const replayed = await until(async () => {
    const d = await json(await call(`/api/v1/integration/webhooks/deliveries/${replay.id}`, { token }), 200);
    return d.status !== 'Pending' ? d : undefined;
  }, 'the replay');
  if (replayed.status !== 'Succeeded' || replayed.eventId !== delivered.eventId || received.length !== 1) {
    throw new Error(`replay not as expected: ${JSON.stringify(replayed)}`);
  }
  console.log('replay acknowledged and de-duplicated by event id');
} finally {
  await call(`/api/v1/integration/webhooks/${subscriptionId}`, { token, method: 'DELETE' });
  await call(`/api/v1/identity/clients/${client.id}/revoke`, { token: admin.accessToken, method: 'POST' });
  server.close();
}
