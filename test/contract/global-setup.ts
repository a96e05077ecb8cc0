// Starts the real mock (Prism + signing layer, request signatures verified) once for the contract project.
// Port: ANTOM_MOCK_PORT if set, else a free one. Set ANTOM_MOCK_LOG=1 to see the mock's one-line request log.
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../scripts/mock/free-port.ts';
import { startMock } from '../../scripts/mock/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the running mock, e.g. `http://127.0.0.1:43117`. */
    mockUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.ANTOM_MOCK_PORT) || (await findFreePort());
  const mock = await startMock({ port, verifyRequests: true, log: process.env.ANTOM_MOCK_LOG ? console.log : () => undefined });
  project.provide('mockUrl', mock.url);
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
