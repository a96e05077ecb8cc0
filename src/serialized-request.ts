/**
 * A `Request` that remembers the string body it was built from, so the signing transport signs and sends those
 * exact bytes without reading the body stream back.
 */
export class SerializedBodyRequest extends Request {
  readonly bodyText: string | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.bodyText = typeof init?.body === 'string' ? init.body : undefined;
  }
}
