// `npm run contract:proxy -- <upstream-origin> [--port 4020] [--spec generated/openapi.json] [--verbose]`
// Puts Prism (proxy mode, --errors) between a client and an Antom-like gateway and prints, per request, whether
// the request and the response conform to the spec, with each broken rule. Point the client's baseUrl at the
// printed origin; paths (/ams/api/..., /ams/sandbox/api/...) and signatures pass through unchanged.
import { parseArgs } from 'node:util';
import { startContractProxy } from '../sandbox/contract-proxy.ts';
import type { Exchange } from '../sandbox/contract-proxy.ts';
import { DEFAULT_SPEC_PATH } from '../sandbox/server.ts';

const USAGE = 'Usage: npm run contract:proxy -- <upstream-origin, e.g. http://127.0.0.1:4010> [--port 4020] [--spec <openapi.json>] [--verbose]';

function report(exchange: Exchange): void {
  const verdict = exchange.findings.length === 0 ? 'conforms' : `${exchange.findings.length} violation(s)`;
  console.log(`${exchange.method} ${exchange.path} → ${exchange.status} ${verdict}`);
  for (const finding of exchange.findings) console.log(`  ✖ ${finding.location} [${finding.rule}] ${finding.message}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      port: { type: 'string', default: '4020' },
      spec: { type: 'string', default: DEFAULT_SPEC_PATH },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return console.log(USAGE);
  const [upstream] = positionals;
  if (upstream === undefined || positionals.length > 1) throw new Error(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number\n${USAGE}`);

  const proxy = await startContractProxy({
    upstream,
    specPath: values.spec,
    port,
    onExchange: report,
    ...(values.verbose ? { onPrismLog: (line: string) => console.log(`  prism: ${line}`) } : {}),
  });
  console.log(`Validating proxy on ${proxy.url} → ${new URL(upstream).origin} (Prism PID ${proxy.prismPid}); Ctrl+C stops it.`);
  const stop = (): void => {
    const failing = proxy.exchanges.filter((exchange) => exchange.findings.length > 0).length;
    console.log(`${proxy.exchanges.length} exchange(s), ${failing} with violations`);
    proxy.close().then(() => process.exit(failing > 0 ? 1 : 0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
