import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MAX_REQUEST_BYTES } from '../../local/twin/request-guard';
import { startTwin, type Twin } from '../../local/twin/start-twin';

// The dashboard is not started here; its port only names the one web origin the twin answers.
const DASHBOARD_PORT = 3999;
const DASHBOARD = `http://127.0.0.1:${DASHBOARD_PORT}`;
const EVIL = 'http://evil.example';

let twin: Twin;
const functionLog: string[] = [];

interface Answer {
  status: number;
  allowOrigin: string | undefined;
  body: string;
}

/** One request with exactly these headers (fetch forbids setting Host and Origin); the body is sent only when given. */
function send(url: string, method: string, headers: OutgoingHttpHeaders, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => {
        const allow = incoming.headers['access-control-allow-origin'];
        resolve({ status: incoming.statusCode ?? 0, allowOrigin: Array.isArray(allow) ? allow.join() : allow, body: text });
      });
    });
    // The guard may answer and close before a large body is through: the answer is what counts.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (body === undefined) outgoing.end();
    else outgoing.end(body);
  });
}

/** A request each port serves when it comes from a terminal or the SDK (no Origin). */
function ports(): { name: string; url: string; method: string; headers: OutgoingHttpHeaders; body?: string; browser: boolean }[] {
  const graphql = JSON.stringify({ query: '{ listVanityCalls { items { callerNumber } } }' });
  return [
    { name: 'GraphQL (AppSync)', url: twin.endpoints.graphql, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'AWS4-HMAC-SHA256 Credential=X/20261129/us-east-1/appsync/aws4_request' }, body: graphql, browser: true },
    { name: 'the store (DynamoDB)', url: twin.endpoints.store, method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' }, body: '{}', browser: false },
    { name: 'Cognito, SSM and S3', url: twin.endpoints.aws, method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameters' }, body: '{"Names":[]}', browser: true },
    { name: 'Connect', url: `${twin.endpoints.connect}/health`, method: 'GET', headers: {}, browser: false },
  ];
}

beforeAll(async () => {
  twin = await startTwin({ ports: { appsync: 0, store: 0, aws: 0, connect: 0, dashboard: DASHBOARD_PORT }, functionLog: (_name, line) => functionLog.push(line) });
}, 120_000);

afterAll(async () => {
  await twin?.stop();
});

describe('every twin port refuses foreign pages', () => {
  it.each(['GraphQL (AppSync)', 'the store (DynamoDB)', 'Cognito, SSM and S3', 'Connect'])('%s: serves a client that sends no Origin (the SDK, Node, curl)', async (name) => {
    const port = ports().find((candidate) => candidate.name === name);
    if (!port) throw new Error(name);
    const answer = await send(port.url, port.method, port.headers, port.body);
    expect(answer.status).not.toBe(403);
    expect(answer.status).toBeLessThan(500);
    expect(answer.allowOrigin).toBeUndefined();
  });

  it.each([
    ['another site’s page', { origin: EVIL }],
    ['a page whose name was rebound to 127.0.0.1 (DNS rebinding)', { host: 'evil.example' }],
    ['a rebound name with a loopback-looking prefix', { host: '127.0.0.1.evil.example' }],
    ['a sandboxed or file:// page (Origin null)', { origin: 'null' }],
    ['a CORS preflight from another site', { origin: EVIL, 'access-control-request-method': 'POST' }],
  ])('%s gets HTTP 403 and no CORS header on every port', async (_what, extra) => {
    for (const port of ports()) {
      const preflight = 'access-control-request-method' in extra;
      const answer = await send(port.url, preflight ? 'OPTIONS' : port.method, { ...port.headers, ...extra }, preflight ? undefined : port.body);
      expect({ port: port.name, status: answer.status, allowOrigin: answer.allowOrigin }).toEqual({ port: port.name, status: 403, allowOrigin: undefined });
    }
  });

  it('the issue’s request (a foreign page listing caller numbers) is refused, where it returned the data before', async () => {
    const [graphql] = ports();
    if (!graphql) throw new Error('no GraphQL port');
    await twin.placeCall({ number: '+18003569377' });
    const answer = await send(graphql.url, 'POST', { ...graphql.headers, origin: EVIL }, graphql.body);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('callerNumber');
  });

  it('the dashboard’s page reaches GraphQL and sign-in (CORS for its origin only), but not the store or Connect', async () => {
    for (const port of ports()) {
      const answer = await send(port.url, port.method, { ...port.headers, origin: DASHBOARD }, port.body);
      expect({ port: port.name, status: answer.status === 403 ? 403 : 'served', allowOrigin: answer.allowOrigin }).toEqual({
        port: port.name,
        status: port.browser ? 'served' : 403,
        allowOrigin: port.browser ? DASHBOARD : undefined,
      });
      const preflight = await send(port.url, 'OPTIONS', { origin: DASHBOARD, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' });
      expect({ port: port.name, status: preflight.status, allowOrigin: preflight.allowOrigin }).toEqual({
        port: port.name,
        status: port.browser ? 204 : 403,
        allowOrigin: port.browser ? DASHBOARD : undefined,
      });
    }
  });

  it.each([
    ['another site’s page', { origin: EVIL }, 403],
    ['a rebound host name', { host: 'evil.example' }, 403],
    ['the dashboard’s page', { origin: DASHBOARD }, 101],
  ])('GraphQL subscriptions (WebSocket): %s gets HTTP %s', async (_what, headers, status) => {
    const url = `${twin.endpoints.graphql.replace('http', 'ws')}/realtime`;
    const socket = new WebSocket(url, 'graphql-ws', { headers });
    const got = await new Promise<number>((resolve, reject) => {
      socket.once('open', () => resolve(101));
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('error', reject);
    });
    socket.terminate();
    expect(got).toBe(status);
  });
});

describe('request bodies are capped at Lambda’s 6 MB', () => {
  it.each([
    ['declared over the limit', { 'content-length': String(MAX_REQUEST_BYTES + 1) }, 413],
    ['sent chunked, with no length', { 'transfer-encoding': 'chunked' }, 411],
  ])('a body %s gets HTTP %s on every port', async (_what, extra, status) => {
    for (const port of ports()) {
      const answer = await send(port.url, 'POST', { ...port.headers, ...extra });
      expect({ port: port.name, status: answer.status }).toEqual({ port: port.name, status });
    }
  });

  it('a 7 MB call request is refused, and a request at the limit is still read', async () => {
    const calls = `${twin.endpoints.connect}/calls`;
    const over = await send(calls, 'POST', { 'content-type': 'application/json' }, Buffer.alloc(7 * 1024 * 1024, 0x20));
    expect(over.status).toBe(413);
    const padded = JSON.stringify({ number: '+18003569377' }).padEnd(MAX_REQUEST_BYTES, ' ');
    const atLimit = await send(calls, 'POST', { 'content-type': 'application/json' }, padded);
    expect(atLimit.status).toBe(200);
  }, 30_000);
});

describe('local Cognito', () => {
  it.each([
    ['USER_PASSWORD_AUTH (not in the app client’s ExplicitAuthFlows)', 'USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH flow not enabled for this client'],
    ['CUSTOM_AUTH (allowed, but the twin has no triggers to run it)', 'CUSTOM_AUTH', 'cannot carry out CUSTOM_AUTH'],
  ])('refuses %s', async (_what, flow, message) => {
    const answer = await send(twin.endpoints.aws, 'POST', { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' }, JSON.stringify({
      ClientId: twin.outputs.auth.user_pool_client_id,
      AuthFlow: flow,
      AuthParameters: { USERNAME: twin.dashboardUser.email, PASSWORD: twin.dashboardUser.password },
    }));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ __type: 'InvalidParameterException', message: expect.stringContaining(message) as unknown });
  });
});

describe('no caller number on a console, no unbounded log line', () => {
  it('a retried duplicate contact prints nothing on the twin’s terminal (the simulator printed the whole item)', async () => {
    const number = '+13035550142';
    const printed: string[] = [];
    const capture = (...args: unknown[]): void => void printed.push(args.map(String).join(' '));
    const spies = [vi.spyOn(console, 'log').mockImplementation(capture), vi.spyOn(console, 'error').mockImplementation(capture)];
    try {
      const first = await twin.placeCall({ number, contactId: 'dup-0000-4000-8000-000000000042' });
      const retry = await twin.placeCall({ number, contactId: first.contactId });
      expect(retry.transcript).toEqual(first.transcript);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed.filter((line) => line.includes('3035550142'))).toEqual([]);
  });

  it.each([
    ['a query that does not parse', '{ listVanityCalls(filter: {callerNumber: {eq: "+13035550143"}}) { items { contactId } } ', 'Syntax Error: Expected Name, found <EOF>.'],
    ['a number where a string belongs', '{ getVanityCall(contactId: +13035550143) { contactId } }', 'Syntax Error: Cannot parse the unexpected character "+".'],
  ])('%s is answered as the simulator answers it, without printing the query (the simulator printed its line)', async (_what, query, errorMessage) => {
    const [graphql] = ports();
    if (!graphql) throw new Error('no GraphQL port');
    const printed: string[] = [];
    const capture = (...args: unknown[]): void => void printed.push(args.map(String).join(' '));
    const spies = [vi.spyOn(console, 'log').mockImplementation(capture), vi.spyOn(console, 'error').mockImplementation(capture)];
    let answer: Answer;
    try {
      answer = await send(graphql.url, 'POST', graphql.headers, JSON.stringify({ query }));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(JSON.parse(answer.body)).toEqual({ errorMessage });
    expect(printed.filter((line) => line.includes('3035550143'))).toEqual([]);
  });

  it('a 200 KB contact id: the caller is answered, nothing is stored under it, and every log line stays bounded', async () => {
    const contactId = `huge-${'x'.repeat(200_000)}`;
    functionLog.length = 0;
    const call = await twin.placeCall({ number: '+18004685865', contactId });
    expect(call.transcript.filter((line) => /^Option (one|two|three)\b/.test(line))).toHaveLength(3);
    expect(call.record).toBeNull();
    // The function runs in a worker of its own: its log lines reach the twin's reader a moment after the answer.
    const deadline = performance.now() + 2_000;
    while (!functionLog.join('\n').includes('contact id of 200,005 characters') && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(functionLog.join('\n')).toContain('contact id of 200,005 characters');
    expect(Math.max(...functionLog.map((line) => line.length))).toBeLessThan(4_096);
  });
});
