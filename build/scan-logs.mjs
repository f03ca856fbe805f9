// Scans log files for personal data and secrets: resident ID numbers (GB 11643, checksum-verified), mainland
// mobile numbers, bearer tokens (JWTs) and the passwords the test run uses. Prints each finding with its file and
// line; exits 1 when there is any. Usage: node build/scan-logs.mjs <file-or-folder>... [--password <p>]...
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const passwords = [];
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--password') passwords.push(args[++i]);
  else targets.push(args[i]);
}

const files = [];
const collect = (path) => {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) readdirSync(path).forEach((f) => collect(join(path, f)));
  else if (path.endsWith('.log')) files.push(path);
};
targets.forEach(collect);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';
const isResidentId = (s) => {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return checkChars[sum % 11] === s[17].toUpperCase();
};

// Hex identifiers (GUIDs, trace and span ids, hashes) can hold digit runs that look like phone numbers.
const hexTokens = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}\b/g;
const idPattern = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const phonePattern = /(?<![0-9A-Za-z.])1[3-9]\d{9}(?![0-9A-Za-z])/g;
const jwtPattern = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g;

const findings = [];
let lines = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8').split('\n');
  text.forEach((raw, index) => {
    lines++;
    const line = raw.replace(hexTokens, ' ');
    const report = (kind, value) => findings.push(`${file}:${index + 1}: ${kind} ${value.slice(0, 4)}…`);
    for (const m of line.matchAll(idPattern)) if (isResidentId(m[0])) report('resident ID number', m[0]);
    for (const m of line.matchAll(phonePattern)) report('mobile number', m[0]);
    for (const m of raw.matchAll(jwtPattern)) report('bearer token', m[0]);
    for (const p of passwords) if (p && raw.includes(p)) report('password', p);
  });
}

console.log(`Scanned ${files.length} log files (${lines} lines) for personal data and secrets.`);
if (findings.length > 0) {
  console.log(findings.slice(0, 50).join('\n'));
  console.log(`${findings.length} findings.`);
  process.exit(1);
}
if (files.length === 0) {
  console.log('No log files found.');
  process.exit(1);
}
