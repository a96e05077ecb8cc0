// Where a local sandbox may post notifications without --notify-any-host: this machine only.
import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../sandbox/notify/deliver.ts';

describe('isLoopbackUrl', () => {
  it.each(['http://127.0.0.1:8080/n', 'http://127.5.4.3/n', 'http://localhost/n', 'http://LOCALHOST:1/n', 'http://[::1]:9/n'])('accepts %s', (url) => {
    expect(isLoopbackUrl(new URL(url))).toBe(true);
  });
  it.each(['https://merchant.example/n', 'http://10.0.0.1/n', 'http://192.168.1.2/n', 'http://128.0.0.1/n', 'http://127.0.0.1.example.com/n', 'http://localhost.example/n', 'http://[::2]/n'])(
    'refuses %s',
    (url) => {
      expect(isLoopbackUrl(new URL(url))).toBe(false);
    },
  );
});
