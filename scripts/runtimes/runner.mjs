// Runs `export default async function main(input)` of the module in argv[0] with the JSON in argv[1] and prints
// its result as one JSON line, then exits (kept-alive sockets would hold the process open). Plain JavaScript that
// Node, Bun and Deno all run as is (scripts/runtimes/run.ts).
const deno = globalThis.Deno;
const args = deno ? deno.args : globalThis.process.argv.slice(2);
const [entry, input] = args;
const { pathToFileURL } = await import('node:url');
const { default: main } = await import(pathToFileURL(entry).href);
const line = `${JSON.stringify(await main(JSON.parse(input)))}\n`;
if (deno) {
  await deno.stdout.write(new TextEncoder().encode(line));
  deno.exit(0);
} else {
  globalThis.process.stdout.write(line, () => globalThis.process.exit(0));
}
