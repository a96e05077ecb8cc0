/** A state file this sandbox cannot use: the message names the file (and line) and what to do. */
export class StateFileError extends Error {
  override name = 'StateFileError';
}
