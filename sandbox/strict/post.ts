// A POST over node:http(s) that sends header names exactly as given (fetch lowercases them on the wire), for
// --strict-notifications. Reads at most `maxBytes` of the answer (the merchant's endpoint is not trusted): beyond
// that the connection is dropped and the text is undefined.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** `signal` ends the request: its timeout, or the sandbox's reset or stop. */
export function postWithHeaderCase(target: URL, headers: Record<string, string>, body: string, signal: AbortSignal, maxBytes: number): Promise<{ status: number; text: string | undefined }> {
  const send = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
  if (send === undefined) return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  return new Promise((resolve, reject) => {
    const req = send(target, { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, signal }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
        else res.destroy();
      });
      res.on('close', () => resolve({ status: res.statusCode ?? 0, text: size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
