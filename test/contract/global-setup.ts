// Starts the real mock (Prism + signing layer, request signatures verified) once for the contract project.
// Port: ANTOM_MOCK_PORT if set, else a free one; the HTTPS listener (test certificate) takes
// ANTOM_MOCK_HTTPS_PORT or a free one. Set ANTOM_MOCK_LOG=1 to see the mock's one-line request log.
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../sandbox/free-port.ts';
import { startMock } from '../../sandbox/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the running mock, e.g. `http://127.0.0.1:43117`. */
    mockUrl: string;
    /** HTTPS origin of the same mock (self-signed test certificate), e.g. `https://127.0.0.1:43118`. */
    mockHttpsUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.ANTOM_MOCK_PORT) || (await findFreePort());
  const httpsPort = Number(process.env.ANTOM_MOCK_HTTPS_PORT) || 0;
  const mock = await startMock({ port, httpsPort, verifyRequests: true, log: process.env.ANTOM_MOCK_LOG ? console.log : () => undefined });
  project.provide('mockUrl', mock.url);
  if (mock.httpsUrl === undefined) throw new Error('the mock did not start its HTTPS listener');
  project.provide('mockHttpsUrl', mock.httpsUrl);
  return async () => {
    await mock.close();
    if (isAlive(mock.prismPid)) throw new Error(`Prism (PID ${mock.prismPid}) is still running after the mock closed`);
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
