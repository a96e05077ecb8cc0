// Child process of the runtime benchmark: a node:http server on 127.0.0.1 (keep-alive) that answers every request
// with the same JSON pay response, signed once at start-up with an Antom key pair it generates. Prints
// `{ port, antomPublicKey }` as one JSON line, and exits when its stdin closes.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_ID, PAY_PATH, RESPONSE_BODY, RESPONSE_TIME } from './fixtures.ts';

const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const content = `POST ${PAY_PATH}\n${CLIENT_ID}.${RESPONSE_TIME}.${RESPONSE_BODY}`;
const signature = sign('sha256', Buffer.from(content, 'utf8'), antom.privateKey).toString('base64');
const body = Buffer.from(RESPONSE_BODY, 'utf8');
const headers = {
  'content-type': 'application/json; charset=UTF-8',
  'content-length': String(body.length),
  'client-id': CLIENT_ID,
  'response-time': RESPONSE_TIME,
  signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
};

const server = createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 120_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const antomPublicKey = antom.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  process.stdout.write(`${JSON.stringify({ port, antomPublicKey })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
