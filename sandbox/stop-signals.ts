// Stopping the sandbox command on SIGINT, SIGTERM or SIGHUP, however the signal arrives, leaves nothing behind:
// Prism is stopped by PID and its spec copy's temp folder removed. Signalling the process group (as the README
// advises for scripts) delivers the signal to this process and, through wrappers such as tsx, once more: a repeat
// while stopping is ignored, where the default action would end the process before the cleanup ran. A signal that
// comes while the sandbox is still starting stops it as soon as it has started.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Longest a stop may take (Prism gets 5 s after SIGTERM before SIGKILL); then the process exits anyway. */
const FORCE_EXIT_AFTER_MS = 15_000;

/**
 * Installs the handlers at once; call the returned function with the sandbox's `close` once it has started.
 * Exits 0 after a clean stop, 1 when the stop failed or took too long.
 */
export function stopOnSignals(log: (line: string) => void): (close: () => Promise<void>) => void {
  let close: (() => Promise<void>) | undefined;
  let signal: string | undefined;
  const stop = (): void => {
    if (close === undefined || signal === undefined) return;
    log(`${signal}: stopping the sandbox and Prism`);
    setTimeout(() => process.exit(1), FORCE_EXIT_AFTER_MS).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const name of SIGNALS) {
    process.on(name, () => {
      if (signal !== undefined) return;
      signal = name;
      stop();
    });
  }
  return (started) => {
    close = started;
    stop();
  };
}
