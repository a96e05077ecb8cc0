// Child process of the runtime benchmark: a loopback HTTP/1.1 keep-alive responder that answers every request
// with the same JSON pay response, signed once at start-up with an Antom key pair it generates.
// It is a bare TCP server writing pre-built response bytes, not node:http: it shares the machine's cores with the
// client under test, so it should cost as little as possible (its CPU per request is reported at exit). It reads
// each request's head up to the blank line and skips Content-Length bytes of body; a chunked request is refused.
// Prints `{ port, antomPublicKey }` as one JSON line; when stdin closes, prints `{ requests, cpuUs }` and exits.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { CLIENT_ID, PAY_PATH, RESPONSE_BODY, RESPONSE_TIME } from './fixtures.ts';

const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const content = `POST ${PAY_PATH}\n${CLIENT_ID}.${RESPONSE_TIME}.${RESPONSE_BODY}`;
const signature = sign('sha256', Buffer.from(content, 'utf8'), antom.privateKey).toString('base64');
const body = Buffer.from(RESPONSE_BODY, 'utf8');
const head = [
  'HTTP/1.1 200 OK',
  'content-type: application/json; charset=UTF-8',
  `content-length: ${body.length}`,
  `client-id: ${CLIENT_ID}`,
  `response-time: ${RESPONSE_TIME}`,
  `signature: algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
  'connection: keep-alive',
  'keep-alive: timeout=120',
  '',
  '',
].join('\r\n');
const RESPONSE = Buffer.concat([Buffer.from(head, 'latin1'), body]);
const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
const CHUNKED = /\r\ntransfer-encoding:[ \t]*chunked/i;

let requests = 0;
const cpuAtStart = process.cpuUsage();

function serve(socket: Socket): void {
  socket.setNoDelay(true);
  let pending: Buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const end = pending.indexOf(HEAD_END);
      if (end < 0) return;
      const requestHead = pending.toString('latin1', 0, end);
      if (CHUNKED.test(requestHead)) {
        process.stderr.write('bench server: chunked request bodies are not supported\n');
        socket.destroy();
        return;
      }
      const total = end + HEAD_END.length + Number(CONTENT_LENGTH.exec(requestHead)?.[1] ?? 0);
      if (pending.length < total) return;
      pending = pending.subarray(total);
      requests += 1;
      socket.write(RESPONSE);
    }
  });
  socket.on('error', () => socket.destroy());
}

const server = createServer(serve);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const antomPublicKey = antom.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  process.stdout.write(`${JSON.stringify({ port, antomPublicKey })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  const cpu = process.cpuUsage(cpuAtStart);
  process.stdout.write(`${JSON.stringify({ requests, cpuUs: cpu.user + cpu.system })}\n`, () => process.exit(0));
});
