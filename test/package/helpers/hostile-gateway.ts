// A gateway on a free 127.0.0.1 port that answers badly, for the runtimes test: every runtime's default transport
// (node:http on Node, the runtime's own fetch elsewhere) must end each of these attempts the same way. What it does
// is chosen by the paymentRequestId the consumer pays with:
//   stall-framed-…    headers with Content-Length 500, 10 bytes of body, then nothing
//   stall-chunked-…   headers, 10 bytes of a chunked body, then nothing
//   gzip-bomb-…       Content-Encoding gzip, a Content-Length under the limit, half of a body that decodes to 512 KiB
//   lying-…           a signed answer framed by its Content-Length, followed on the socket by 8,000 more bytes
import { sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface HostileGateway {
  origin: string;
  close(): Promise<void>;
}

const GZIP_BOMB = gzipSync(Buffer.alloc(512 * 1024, '0'));

/** Starts the gateway; `clientId` and `antomPrivateKey` sign the `lying-` answer as Antom would. */
export async function startHostileGateway(clientId: string, antomPrivateKey: KeyObject): Promise<HostileGateway> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 64 * 1024) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const id = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { paymentRequestId?: unknown }).paymentRequestId);
      if (id.startsWith('stall-framed-')) res.writeHead(200, { 'content-length': '500' }).write('x'.repeat(10));
      else if (id.startsWith('stall-chunked-')) res.writeHead(200, { 'content-type': 'application/json' }).write('x'.repeat(10));
      else if (id.startsWith('gzip-bomb-')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(GZIP_BOMB.length) });
        res.write(GZIP_BOMB.subarray(0, GZIP_BOMB.length >> 1));
      } else if (id.startsWith('lying-')) {
        const body = JSON.stringify({ result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'payment in process' }, paymentRequestId: id });
        const time = '2024-01-01T00:00:00Z';
        const signature = sign('sha256', Buffer.from(`POST ${req.url ?? ''}\n${clientId}.${time}.${body}`), antomPrivateKey).toString('base64');
        const head = [
          'HTTP/1.1 200 OK',
          'content-type: application/json; charset=UTF-8',
          `response-time: ${time}`,
          `signature: algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`,
          `content-length: ${Buffer.byteLength(body)}`,
          'connection: close',
        ];
        req.socket.end(`${head.join('\r\n')}\r\n\r\n${body}${'x'.repeat(8000)}`);
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
