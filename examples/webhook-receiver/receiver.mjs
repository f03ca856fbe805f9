// A minimal Jiafu webhook receiver: verifies the signature, rejects stale timestamps, de-duplicates by event id.
//   WEBHOOK_SECRET=whsec_... PORT=8787 node receiver.mjs
// Node 18+ only, no dependencies. For the self-check (no server): node receiver.mjs --self-test
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const TOLERANCE_SECONDS = 300;

/** True when `signatureHeader` ("v1=<hex>") is the HMAC-SHA256 of `${timestamp}.${rawBody}` under `secret`. */
export function verifySignature(secret, timestamp, rawBody, signatureHeader, now = Date.now() / 1000) {
  if (!/^\d+$/.test(timestamp ?? '') || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const sent = /^v1=([0-9a-f]{64})$/.exec(signatureHeader ?? '')?.[1];
  if (!sent) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(sent, 'hex'));
}

export function startReceiver(options) {
  const { port = 8787, onEvent = (event) => console.log(event.type, event.id, JSON.stringify(event.data)) } = options;
  const seen = new Set(); // use a database table with a unique key in production
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks); // the exact bytes: never re-serialise before verifying
      const ok = verifySignature(options.secret, req.headers['jiafu-webhook-timestamp'], raw, req.headers['jiafu-webhook-signature']);
      if (!ok) {
        res.writeHead(401).end('bad signature');
        return;
      }
      const event = JSON.parse(raw.toString('utf8'));
      res.writeHead(200).end('ok'); // answer fast; do the work afterwards
      if (!seen.has(event.id)) {
        seen.add(event.id);
        onEvent(event);
      }
    });
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

async function selfTest() {
  const secret = 'whsec_example';
  const body = JSON.stringify({ id: 'e1', type: 'ping', occurredAt: new Date().toISOString(), version: 1, data: {} });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = 'v1=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  const received = [];
  const server = await startReceiver({ secret, port: 0, onEvent: (e) => received.push(e) });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const post = (headers) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const good = { 'jiafu-webhook-id': 'e1', 'jiafu-webhook-timestamp': timestamp, 'jiafu-webhook-signature': signature };
  const results = [
    (await post(good)).status === 200,
    (await post(good)).status === 200 && received.length === 1, // a retry is acknowledged but handled once
    (await post({ ...good, 'jiafu-webhook-signature': signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')) })).status === 401,
    (await post({ ...good, 'jiafu-webhook-timestamp': String(Number(timestamp) - 3600) })).status === 401,
  ];
  server.close();
  if (results.every(Boolean)) {
    console.log('webhook-receiver self-test passed');
  } else {
    console.error('webhook-receiver self-test failed', results);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--self-test')) {
    await selfTest();
  } else {
    const secret = process.env.WEBHOOK_SECRET;
    if (!secret) {
      console.error('Set WEBHOOK_SECRET to the secret shown when the subscription was created.');
      process.exit(2);
    }
    const server = await startReceiver({ secret, port: Number(process.env.PORT ?? 8787) });
    console.log(`Listening on http://localhost:${server.address().port}/`);
  }
}
