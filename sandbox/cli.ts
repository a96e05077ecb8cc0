#!/usr/bin/env node
// The local Antom sandbox on 127.0.0.1 (Prism + signing layer + state). Ctrl+C stops it and Prism.
// Installed package: the `antom-pay-sandbox` command (dist/sandbox/cli.js, plain Node; Prism is an optional peer
// dependency the user installs). In this repository: `npm run mock -- <flags>`.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { readCatalogue } from './checkout/catalogue.ts';
import { resolvePrismEntry } from './prism-process.ts';
import { DEFAULT_SPEC_PATH, startMock } from './server.ts';
import { commandList, isCommand, runCommand } from './cli/run.ts';
import { sdkHints } from './sdk-hints.ts';
import { stopOnSignals } from './stop-signals.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PUBLIC_KEY_PATH, TEST_CLIENT_ID, TEST_SANDBOX_CLIENT_ID, testKeyManifest } from './test-keys.ts';

const USAGE = `Usage: antom-pay-sandbox [start] [--port 4010] [--https-port 4443 | --no-https] [--host 127.0.0.1]
                         [--spec <bundled openapi.json>] [--merchant-public-key <pem file>] [--no-verify-requests]
                         [--stateless] [--prism-errors] [--expiry-minutes 14] [--notify-url <url>] [--notify-any-host] [--quiet]
                         [--catalogue <payment methods JSON file, for consult and the Checkout Page>] [--client-id <id> ...]
                         [--forward-to <url>] [--strict-notifications [--strict-seed <text>]]
                         [--state <file>] [--max-payments <n>]
       antom-pay-sandbox --print-keys   (JSON: the TEST-ONLY key files and client IDs, then exits)
       (in the antom-pay repository: npm run mock -- <flags>)
  --notify-url <url>   the notification URL you set on Antom Dashboard: where dispute notifications go, and
                       payment notifications of payments created without paymentNotifyUrl
  --client-id <id>     serve only this client ID (repeat the flag for more); any other gets CLIENT_INVALID.
                       Default: every client ID is served
  --state <file>       keep payments, refunds, captures, disputes, sessions, the clock and pending notifications in
                       this file, so a restart (even kill -9) forgets nothing the sandbox answered
  --max-payments <n>   keep at most n payments: the oldest finished ones are forgotten first
  --forward-to <url>   post every notification here instead of the URL the request named (still recorded)
  --strict-notifications  vary each notification's JSON layout and key order, request-time form and header
                       name casing, as the protocol allows (--strict-seed <text> picks the variants; default 1)

${commandList()}`;

function parsePort(value: string, flag: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${flag} must be a port number\n${USAGE}`);
  return port;
}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      'https-port': { type: 'string', default: '4443' },
      https: { type: 'boolean', default: true },
      host: { type: 'string', default: '127.0.0.1' },
      spec: { type: 'string', default: DEFAULT_SPEC_PATH },
      'merchant-public-key': { type: 'string', default: MERCHANT_TEST_PUBLIC_KEY_PATH },
      'verify-requests': { type: 'boolean', default: true },
      stateless: { type: 'boolean', default: false },
      'prism-errors': { type: 'boolean', default: false },
      'notify-any-host': { type: 'boolean', default: false },
      'notify-url': { type: 'string' },
      'expiry-minutes': { type: 'string', default: '14' },
      quiet: { type: 'boolean', default: false },
      catalogue: { type: 'string' },
      'client-id': { type: 'string', multiple: true },
      'forward-to': { type: 'string' },
      'strict-notifications': { type: 'boolean', default: false },
      'strict-seed': { type: 'string', default: '1' },
      state: { type: 'string' },
      'max-payments': { type: 'string' },
      'print-keys': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowNegative: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values['print-keys']) {
    console.log(JSON.stringify(testKeyManifest(), null, 2));
    return;
  }
  resolvePrismEntry();
  const onStarted = stopOnSignals((line) => console.log(line));
  if (values.host !== '127.0.0.1') throw new Error(`--host must be 127.0.0.1 (the mock only listens on loopback)\n${USAGE}`);
  const port = parsePort(values.port, '--port');
  const httpsPort = values.https ? parsePort(values['https-port'], '--https-port') : undefined;
  const notifyUrl = values['notify-url'];
  if (notifyUrl !== undefined && !URL.canParse(notifyUrl)) throw new Error(`--notify-url must be an absolute URL (http://127.0.0.1:3000/antom/notify)\n${USAGE}`);
  const forwardTo = values['forward-to'];
  if (forwardTo !== undefined && (!URL.canParse(forwardTo) || !/^https?:$/.test(new URL(forwardTo).protocol))) throw new Error(`--forward-to must be an absolute http(s) URL (http://127.0.0.1:3000/antom/notify)\n${USAGE}`);
  const strictSeed = values['strict-notifications'] ? values['strict-seed'] : undefined;
  const expiryMinutes = Number(values['expiry-minutes']);
  if (!Number.isFinite(expiryMinutes) || expiryMinutes <= 0) throw new Error(`--expiry-minutes must be a positive number\n${USAGE}`);
  const catalogue = values.catalogue === undefined ? undefined : readCatalogue(values.catalogue);
  const clientIds = values['client-id'];
  if (clientIds?.some((id) => id.trim() === '')) throw new Error(`--client-id must not be empty\n${USAGE}`);
  const maxPayments = values['max-payments'] === undefined ? undefined : Number(values['max-payments']);
  if (maxPayments !== undefined && (!Number.isSafeInteger(maxPayments) || maxPayments < 1)) throw new Error(`--max-payments must be a whole number >= 1\n${USAGE}`);
  if (values.stateless && (values.state !== undefined || maxPayments !== undefined)) throw new Error(`--state and --max-payments keep state: they do not go with --stateless\n${USAGE}`);

  const mock = await startMock({
    port,
    httpsPort,
    specPath: values.spec,
    verifyRequests: values['verify-requests'],
    merchantPublicKey: readFileSync(values['merchant-public-key'], 'utf8'),
    stateful: !values.stateless,
    prismErrors: values['prism-errors'],
    ...(clientIds === undefined ? {} : { clientIds }),
    ...(notifyUrl === undefined ? {} : { notifyUrl }),
    settings: {
      expiryMs: expiryMinutes * 60_000,
      notifyAnyHost: values['notify-any-host'],
      ...(catalogue === undefined ? {} : { catalogue }),
      ...(forwardTo === undefined ? {} : { forwardTo }),
      ...(strictSeed === undefined ? {} : { strictNotificationSeed: strictSeed }),
    },
    ...(values.quiet ? { log: () => undefined } : {}),
    ...(values.state === undefined ? {} : { statePath: values.state }),
    ...(maxPayments === undefined ? {} : { maxPayments }),
  });
  console.log(`Antom sandbox listening on ${mock.url}${mock.httpsUrl ? ` and ${mock.httpsUrl} (TEST-ONLY self-signed certificate)` : ''} (Prism PID ${mock.prismPid})`);
  console.log(`  pay:      POST ${mock.url}/ams/api/v1/payments/pay   (sandbox: /ams/sandbox/api/v1/payments/pay)`);
  if (mock.httpsUrl) console.log(`            POST ${mock.httpsUrl}/ams/api/v1/payments/pay`);
  console.log(`  requests: ${values['verify-requests'] ? `signatures verified with ${values['merchant-public-key']}` : 'signatures NOT verified'}`);
  console.log(`  replies:  signed with the TEST Antom key; verify with ${ANTOM_TEST_PUBLIC_KEY_PATH}`);
  console.log(clientIds === undefined
    ? `  client IDs: any (test client IDs: ${TEST_CLIENT_ID}, ${TEST_SANDBOX_CLIENT_ID}); a canned answer with "Prefer: example=<RESULT_CODE>"`
    : `  client IDs: only ${clientIds.join(', ')} (--client-id); any other gets CLIENT_INVALID`);
  if (mock.sandbox) {
    console.log(`  state:    kept per client ID ${values.state === undefined ? 'in memory' : `in ${values.state}`}${maxPayments === undefined ? '' : `, at most ${maxPayments} payments`}; unpaid payments close after ${expiryMinutes} min of sandbox time`);
    console.log(`  cashier:  the normalUrl of a payment, ${mock.url}/__sandbox/cashier/<paymentId>`);
    console.log(`  checkout: the normalUrl of a CHECKOUT_PAYMENT session, ${mock.url}/__sandbox/checkout/<paymentSessionId>; methods: ${catalogue === undefined ? 'the built-in catalogue' : values.catalogue}`);
    if (forwardTo !== undefined) console.log(`  forward:  every notification goes to ${forwardTo} (the URL each request named is recorded)`);
    if (strictSeed !== undefined) console.log(`  strict:   notifications vary JSON layout and key order, request-time form and header casing (seed ${strictSeed})`);
    console.log(`  notify:   ${notifyUrl === undefined ? 'no Dashboard notification URL (--notify-url <url>): dispute notifications are recorded as not delivered' : `Dashboard notification URL ${notifyUrl} (disputes, and payments without paymentNotifyUrl)`}`);
    console.log(`  commands: antom-pay-sandbox payments | complete <paymentId> | clock +15m | resend <paymentId> | reset   (--url ${mock.url})`);
    console.log(`  control:  GET ${mock.url}/__sandbox/payments[/<paymentId> | ?paymentRequestId=<id>], POST .../payments/<paymentId>/complete, POST ${mock.url}/__sandbox/clock, POST ${mock.url}/__sandbox/reset`);
    console.log(`  disputes: POST ${mock.url}/__sandbox/payments/<paymentId>/disputes, POST ${mock.url}/__sandbox/disputes/<disputeId>/judge`);
  } else console.log('  state:    none (--stateless): every answer is an example from the spec');
  console.log(`  invalid requests: ${values['prism-errors'] ? "Prism's HTTP 422 problem (--prism-errors)" : 'HTTP 200, result F PARAM_ILLEGAL naming the field and rule'}`);
  for (const line of sdkHints(mock.url, mock.httpsPort)) console.log(`  ${line}`);
  onStarted(mock.close);
}

const argv = process.argv.slice(2);
if (isCommand(argv[0])) {
  runCommand(argv, { out: (line) => console.log(line), err: (line) => console.error(line) }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
} else if (argv[0] !== undefined && argv[0] !== 'start' && !argv[0].startsWith('-')) {
  console.error(`Unknown command ${JSON.stringify(argv[0])}.\n${USAGE}`);
  process.exitCode = 2;
} else {
  main(argv[0] === 'start' ? argv.slice(1) : argv).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
