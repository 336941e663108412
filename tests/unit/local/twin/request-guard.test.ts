import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { dashboardOrigins, MAX_REQUEST_BYTES, NO_BROWSER, refusal, type BrowserPolicy } from '../../../../local/twin/request-guard';

const DASHBOARD: BrowserPolicy = { allowedOrigins: dashboardOrigins(3000) };

const request = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('refusal', () => {
  it.each([
    ['the SDK (no Origin)', { host: '127.0.0.1:20002' }, DASHBOARD, undefined],
    ['localhost', { host: 'localhost:20002' }, DASHBOARD, undefined],
    ['IPv6 loopback', { host: '[::1]:20002' }, DASHBOARD, undefined],
    ['the dashboard at 127.0.0.1', { host: '127.0.0.1:20002', origin: 'http://127.0.0.1:3000' }, DASHBOARD, undefined],
    ['the dashboard at localhost', { host: '127.0.0.1:20002', origin: 'http://localhost:3000' }, DASHBOARD, undefined],
    ['a body at the limit', { host: '127.0.0.1:20002', 'content-length': String(MAX_REQUEST_BYTES) }, NO_BROWSER, undefined],
    ['no Host at all', {}, DASHBOARD, 403],
    ['a rebound name', { host: 'evil.example:20002' }, DASHBOARD, 403],
    ['a name that starts like loopback', { host: '127.0.0.1.evil.example' }, DASHBOARD, 403],
    ['credentials smuggled into Host', { host: '127.0.0.1@evil.example' }, DASHBOARD, 403],
    ['another site', { host: '127.0.0.1:20002', origin: 'http://evil.example' }, DASHBOARD, 403],
    ['the dashboard over https (not what it serves)', { host: '127.0.0.1:20002', origin: 'https://127.0.0.1:3000' }, DASHBOARD, 403],
    ['the dashboard’s port on another name', { host: '127.0.0.1:20002', origin: 'http://evil.example:3000' }, DASHBOARD, 403],
    ['Origin null (sandboxed iframe, file://)', { host: '127.0.0.1:20002', origin: 'null' }, DASHBOARD, 403],
    ['the dashboard on a port no page may use', { host: '127.0.0.1:20003', origin: 'http://127.0.0.1:3000' }, NO_BROWSER, 403],
    ['a body one byte over 6 MB', { host: '127.0.0.1:20005', 'content-length': String(MAX_REQUEST_BYTES + 1) }, NO_BROWSER, 413],
    ['a length that is not a number', { host: '127.0.0.1:20005', 'content-length': 'lots' }, NO_BROWSER, 413],
    ['a chunked body', { host: '127.0.0.1:20005', 'transfer-encoding': 'chunked' }, NO_BROWSER, 411],
  ])('%s', (_name, headers, policy, status) => {
    expect(refusal(request(headers), policy)?.status).toBe(status);
  });

  it('allows no page when the dashboard has no fixed port', () => {
    expect(dashboardOrigins(0)).toEqual([]);
  });
});
