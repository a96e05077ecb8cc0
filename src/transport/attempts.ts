const attemptCounts = new WeakMap<Response, number>();

/** Remembers how many HTTP attempts produced `response`. */
export function recordAttempts(response: Response, attempts: number): void {
  attemptCounts.set(response, attempts);
}

/** How many HTTP attempts produced a response returned by the Antom transport; undefined for other responses. */
export function attemptsOf(response: Response): number | undefined {
  return attemptCounts.get(response);
}
