// The TLS listener the test nginx gets: HTTP/2 with the directive the installed version takes.
import { describe, expect, it } from 'vitest';
import { tlsListen } from '../../scripts/lib/nginx.ts';

describe('the nginx TLS listener', () => {
  it('writes the HTTP/2 directive the installed nginx takes', () => {
    expect(tlsListen(8443, '1.22.1')).toEqual(['listen 127.0.0.1:8443 ssl http2;']);
    expect(tlsListen(8443, '1.25.1')).toEqual(['listen 127.0.0.1:8443 ssl;', 'http2 on;']);
    expect(tlsListen(8443, '1.26.3')).toEqual(['listen 127.0.0.1:8443 ssl;', 'http2 on;']);
    expect(tlsListen(8443, '2.0.0')).toEqual(['listen 127.0.0.1:8443 ssl;', 'http2 on;']);
  });
});
