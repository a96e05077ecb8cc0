// One pay call over node:http, for the bench peers that time a raw node:http client: the JSON answer read whole as
// UTF-8 text and parsed. Portable (no static node: import, the module is passed in): bundled into portable-bench.ts,
// which runs on every runtime, and used by http-cases.ts on Node.
import { expectJson } from './rounds.ts';

export interface NodeHttpLike {
  request(url: URL, options: object, onResponse: (res: { setEncoding(e: string): void; on(event: string, listener: (chunk?: string) => void): void }) => void): {
    on(event: 'error', listener: (error: Error) => void): void;
    end(body: string): void;
  };
}

/** One pay call over node:http, signed by `headers`, the JSON answer read whole. */
export function nodeHttpCall(http: NodeHttpLike, target: URL, headers: Record<string, string>, body: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = http.request(target, { method: 'POST', headers }, (res) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (chunk) => (text += chunk ?? ''));
      res.on('end', () => {
        try {
          expectJson(JSON.parse(text));
          resolve();
        } catch (error) {
          reject(error);
        }
      });
      res.on('error', () => reject(new Error('response error')));
    });
    req.on('error', reject);
    req.end(body);
  });
}
