'use strict';
// Interop runner: every scenario × client × key type against a running Spotnet server, each case bounded in time.
// Environment: SPOTNET_BASE_URL (http://127.0.0.1:PORT), SPOTNET_ADMIN_TOKEN; optional SPOTNET_INTEROP_STRICT=1
// (a scenario whose server endpoint is missing fails instead of being skipped), SPOTNET_INTEROP_ONLY=<text> (only
// scenarios whose name contains it; the others count as skipped), SPOTNET_INTEROP_CASE_TIMEOUT_MS (default 30000).
// Arguments: --summary <file> (one line "<passed> <failed> <skipped>"), --expected-cases <n>; a Markdown table of the
// results is written next to the summary as fidelity-table.md.
const guard = require('./guard'); // first: no client may be loaded before the loopback guard is in place
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const diagnostics = require('node:diagnostics_channel');

const KEY_TYPES = ['HMAC', 'RSA', 'ED25519'];
const CASE_TIMEOUT_MS = Number(process.env.SPOTNET_INTEROP_CASE_TIMEOUT_MS || 30000);
const PINNED = { binance: '3.6.5', '@binance/spot': '32.0.4', ccxt: '4.5.84' };

function argument(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const baseUrl = process.env.SPOTNET_BASE_URL;
const adminToken = process.env.SPOTNET_ADMIN_TOKEN;
const summaryPath = argument('--summary');
const expectedCases = argument('--expected-cases');
const strict = process.env.SPOTNET_INTEROP_STRICT === '1';
const only = process.env.SPOTNET_INTEROP_ONLY;

// Every HTTP exchange the clients make, observed (not altered) through Node's diagnostics channels.
const exchanges = [];
diagnostics.subscribe('http.client.request.start', ({ request }) => {
  exchanges.push({ request, line: `${request.method} ${request.protocol}//${request.getHeader('host') || request.host}${request.path}`, status: 'no answer' });
});
diagnostics.subscribe('http.client.response.finish', ({ request, response }) => {
  const exchange = exchanges.findLast((entry) => entry.request === request);
  if (exchange) exchange.status = `HTTP ${response.statusCode}`;
});

/** A plain request to the server (setup and operator API), independent of the clients under test. */
async function raw(method, pathAndQuery, body, admin = false) {
  const headers = { 'content-type': 'application/json' };
  if (admin) headers.authorization = `Bearer ${adminToken}`;
  const response = await fetch(baseUrl + pathAndQuery, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(10000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`setup request ${method} ${pathAndQuery} answered HTTP ${response.status}: ${text}`);
  return JSON.parse(text);
}

function keyPair(type) {
  return crypto.generateKeyPairSync(type === 'RSA' ? 'rsa' : 'ed25519', {
    ...(type === 'RSA' ? { modulusLength: 2048 } : {}),
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** A fresh account with one key of the given type, created through the operator API. */
async function createAccount(label, type) {
  const account = await raw('POST', '/admin/v1/accounts', { name: `interop ${label}` }, true);
  if (type === 'HMAC') {
    const key = await raw('POST', `/admin/v1/accounts/${account.accountId}/api-keys`, { type }, true);
    return { accountId: account.accountId, credentials: { type, apiKey: key.apiKey, secret: key.secretKey } };
  }
  const pair = keyPair(type);
  const key = await raw('POST', `/admin/v1/accounts/${account.accountId}/api-keys`, { type, publicKey: pair.publicKey }, true);
  return { accountId: account.accountId, credentials: { type, apiKey: key.apiKey, secret: pair.privateKey } };
}

function wrongCredentials(credentials) {
  const secret = credentials.type === 'HMAC' ? crypto.randomBytes(32).toString('hex') : keyPair(credentials.type).privateKey;
  return { ...credentials, secret };
}

/** Which of the endpoints the scenarios need the server serves: an unknown route answers 404 with no body. */
async function servedEndpoints(scenarios) {
  const needed = [...new Set(scenarios.flatMap((scenario) => scenario.needs))];
  const served = new Set();
  for (const endpoint of needed) {
    const [method, route] = endpoint.split(' ');
    const response = await fetch(baseUrl + route, { method, signal: AbortSignal.timeout(10000) });
    await response.arrayBuffer();
    if (response.status !== 404) served.add(endpoint);
  }
  return served;
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`case timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeFailure(error, lastStep) {
  const lines = [`  error: ${error && error.message ? error.message : String(error)}`];
  if (error && error.detail) lines.push(`  client detail: ${JSON.stringify(error.detail)}`);
  if (lastStep) {
    lines.push(`  step: ${lastStep.label}`);
    lines.push(`  request parameters: ${JSON.stringify(lastStep.request)}`);
    const http = exchanges.slice(lastStep.firstExchange);
    for (const exchange of http) lines.push(`  http: ${exchange.line} -> ${exchange.status}`);
    if (http.length === 0) lines.push('  http: the client sent no request in this step');
  }
  if (error && error.stack && !error.isAssertion && error.name !== 'ClientApiError') {
    lines.push(`  stack: ${error.stack.split('\n').slice(1, 4).map((s) => s.trim()).join(' | ')}`);
  }
  return lines.join('\n');
}

let currentCaseErrors = null;
process.on('unhandledRejection', (reason) => {
  if (currentCaseErrors) currentCaseErrors.push(`unhandled rejection: ${reason && reason.message ? reason.message : reason}`);
});
process.on('uncaughtException', (error) => {
  if (currentCaseErrors) currentCaseErrors.push(`uncaught exception: ${error.message}`);
  else throw error;
});

async function runCase(scenario, makeClient, group) {
  const errors = [];
  currentCaseErrors = errors;
  const refusalMark = guard.refusalCount();
  let lastStep = null;
  const ctx = {
    client: makeClient(group.credentials),
    clientWith: makeClient,
    wrongCredentials: () => wrongCredentials(group.credentials),
    accountId: group.accountId,
    raw,
    async step(label, request, action) {
      lastStep = { label, request, firstExchange: exchanges.length };
      return action();
    },
  };
  try {
    await withTimeout(scenario.run(ctx), CASE_TIMEOUT_MS);
  } catch (error) {
    errors.push(describeFailure(error, lastStep));
  }
  // A refused connection fails the case even if the client swallowed the guard's exception.
  for (const refusal of guard.refusalsSince(refusalMark)) errors.push(`  ${refusal}`);
  currentCaseErrors = null;
  return errors;
}

function installedVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function main() {
  if (!baseUrl || !adminToken || !summaryPath) throw new Error('set SPOTNET_BASE_URL and SPOTNET_ADMIN_TOKEN, and pass --summary <file>');
  if (!guard.isLoopbackHost(new URL(baseUrl).hostname)) throw new Error(`SPOTNET_BASE_URL must be loopback: ${baseUrl}`);
  await guard.selfTest();
  for (const [name, version] of Object.entries(PINNED)) {
    const installed = installedVersion(name);
    if (installed !== version) throw new Error(`${name} ${installed} is installed, the suite pins ${version}: run npm ci --ignore-scripts`);
  }
  const { CLIENTS } = require('./clients');
  const { SCENARIOS } = require('./scenarios');
  const total = CLIENTS.reduce((sum, client) => sum + SCENARIOS.filter((scenario) => appliesTo(scenario, client)).length, 0) * KEY_TYPES.length;
  if (expectedCases !== undefined && Number(expectedCases) !== total) {
    throw new Error(`run.sh expects ${expectedCases} cases but the suite has ${total}: update scenario_count or ccxt_only_count in run.sh`);
  }

  const served = await servedEndpoints(SCENARIOS);
  const results = [];
  for (const client of CLIENTS) {
    for (const keyType of KEY_TYPES) {
      let group;
      let groupError;
      try {
        group = await createAccount(`${client.name} ${keyType}`, keyType);
      } catch (error) {
        groupError = `  account and key setup failed: ${error.message}`;
      }
      for (const scenario of SCENARIOS.filter((candidate) => appliesTo(candidate, client))) {
        const id = `${client.name} | ${keyType} | ${scenario.name}`;
        const missing = scenario.needs.filter((endpoint) => !served.has(endpoint));
        let outcome;
        let details = [];
        if (only && !scenario.name.includes(only)) {
          outcome = 'skip';
          details = [`  not selected (SPOTNET_INTEROP_ONLY=${only})`];
        } else if (missing.length > 0) {
          outcome = strict ? 'fail' : 'skip';
          details = [`  server endpoint not yet implemented: ${missing.join(', ')}`];
        } else if (groupError) {
          outcome = 'fail';
          details = [groupError];
        } else {
          details = await runCase(scenario, (credentials) => client.create(baseUrl, credentials), group);
          outcome = details.length === 0 ? 'pass' : 'fail';
        }
        results.push({ client: client.name, keyType, scenario: scenario.name, outcome, details });
        console.log(`${outcome.toUpperCase().padEnd(4)}  ${id}`);
        if (outcome !== 'pass') console.log(details.join('\n'));
      }
    }
  }

  const count = (outcome) => results.filter((result) => result.outcome === outcome).length;
  const [passed, failed, skipped] = [count('pass'), count('fail'), count('skip')];
  fs.writeFileSync(summaryPath, `${passed} ${failed} ${skipped}\n`);
  fs.writeFileSync(path.join(path.dirname(summaryPath), 'fidelity-table.md'), table(results, CLIENTS, SCENARIOS));
  console.log(`interop: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed === 0 ? 0 : 1;
}

/** Whether a scenario runs for a client: every shared one does, a `ccxtOnly` one (ccxt's unified API) only for ccxt. */
function appliesTo(scenario, client) {
  return !scenario.ccxtOnly || client.ccxt === true;
}

function table(results, clients, scenarios) {
  const columns = clients.flatMap((client) => KEY_TYPES.map((keyType) => ({ client: client.name, keyType })));
  const mark = { pass: 'pass', fail: '**FAIL**', skip: 'skipped' };
  const lines = [
    `| Scenario | ${columns.map((c) => `${c.client} ${c.keyType}`).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
  ];
  for (const scenario of scenarios) {
    const cells = columns.map((c) => {
      const result = results.find((r) => r.client === c.client && r.keyType === c.keyType && r.scenario === scenario.name);
      return result ? mark[result.outcome] : 'n/a';
    });
    lines.push(`| ${scenario.name} | ${cells.join(' | ')} |`);
  }
  const reasons = [...new Set(results.filter((r) => r.outcome === 'skip').map((r) => `${r.scenario}: ${r.details.join(' ').trim()}`))];
  if (reasons.length > 0) lines.push('', 'Skipped:', ...reasons.map((reason) => `- ${reason}`));
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`interop: ${error.message}`);
    process.exit(1);
  },
);
