// A client that trickles its request in (slowloris) is cut off once the request timeout passes, whatever it still
// has to send; a normal request on the same sandbox is served meanwhile. The assertions are about what happened
// (how much was still unsent when the sandbox closed the connection), not about how long it took.
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { checkedClient, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;

beforeAll(async () => {
  sandbox = await startTestSandbox({ requestTimeoutMs: 1_000 });
});
afterAll(async () => {
  await sandbox?.close();
});

/**
 * Sends `head` at once, then `rest` one byte every 100 ms, until the server ends the connection or all is sent.
 * Resolves with what the server answered and how many bytes of `rest` were never sent.
 */
function trickle(head: string, rest: string): Promise<{ answer: string; unsent: number }> {
  const { port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(port), '127.0.0.1');
    let sent = 0;
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, unsent: rest.length - sent });
    });
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent >= rest.length) {
          clearInterval(timer);
          reject(new Error('the whole request was sent and the connection is still open'));
          socket.destroy();
          return;
        }
        socket.write(rest[sent]!);
        sent += 1;
      }, 100);
    });
  });
}

describe('slow clients', () => {
  it('when a request body trickles in, then the sandbox answers 408 and closes the connection long before it is sent', async () => {
    const body = 'x'.repeat(600); // 60 s at a byte every 100 ms
    const result = await trickle(`POST /__sandbox/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.unsent).toBeGreaterThan(400);
  });

  it('when the headers trickle in, then the connection is closed before they are complete', async () => {
    const headers = `X-Slow: ${'y'.repeat(600)}\r\n\r\n`;
    const result = await trickle('GET /__sandbox/payments HTTP/1.1\r\nHost: 127.0.0.1\r\n', headers);
    expect(result.unsent).toBeGreaterThan(400);
  });

  it('when a slow client is connected, then a normal request is served at once', async () => {
    const slow = trickle('POST /__sandbox/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 600\r\n\r\n', 'x'.repeat(600));
    const { data } = await checkedClient(sandbox.url).pay(payBody());
    expect(data?.result.resultStatus).toBe('U');
    await slow;
  });
});
