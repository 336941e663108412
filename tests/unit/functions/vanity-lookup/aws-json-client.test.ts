import { describe, expect, it } from 'vitest';
import { AwsRequestError, AwsServiceError, createAwsJsonClient } from '../../../../amplify/functions/vanity-lookup/aws-json-client';

const CREDENTIALS = { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token' };
const DYNAMO = { signingName: 'dynamodb', targetPrefix: 'DynamoDB_20120810' };

type Answer = { status: number; body: string; headers?: Record<string, string> } | 'network' | 'hang';

/** A fetch that gives the answers in turn and records what it was sent. */
function scriptedFetch(answers: Answer[]) {
  const requests: { url: string; headers: Record<string, string>; body: string }[] = [];
  const impl = (async (url: URL | RequestInfo, init?: RequestInit) => {
    requests.push({ url: String(url), headers: init?.headers as Record<string, string>, body: String(init?.body) });
    const answer = answers[Math.min(requests.length, answers.length) - 1] ?? 'network';
    if (answer === 'network') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  return { impl, requests };
}

function client(answers: Answer[], maxAttempts = 3, timeoutMs = 1_000) {
  const fake = scriptedFetch(answers);
  const dynamo = createAwsJsonClient(DYNAMO, {
    endpoint: new URL('https://dynamodb.eu-west-2.amazonaws.com/'),
    region: 'eu-west-2',
    credentials: () => CREDENTIALS,
    timeoutMs,
    maxAttempts,
    fetchImpl: fake.impl,
    backoffMs: () => 0,
  });
  return { dynamo, requests: fake.requests };
}

const ok = { status: 200, body: '{}' };
const throttled = { status: 400, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' }) };
const unavailable = { status: 503, body: '' };
const invalid = { status: 400, body: JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: 'TransactItems must hold 1 to 100 actions' }) };
const cancelled = {
  status: 400,
  body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', message: 'Transaction cancelled', CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
};

describe('createAwsJsonClient', () => {
  it('posts one signed JSON 1.0 request with the operation as X-Amz-Target, and returns the answer', async () => {
    const { dynamo, requests } = client([{ status: 200, body: '{"ConsumedCapacity":[]}' }]);
    await expect(dynamo.call('TransactWriteItems', { TransactItems: [] })).resolves.toEqual({ ConsumedCapacity: [] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('https://dynamodb.eu-west-2.amazonaws.com/');
    expect(request?.body).toBe('{"TransactItems":[]}');
    expect(request?.headers).toMatchObject({ 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems', 'x-amz-security-token': 'token' });
    expect(request?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-2\/dynamodb\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/);
  });

  it.each([
    ['throttling', [throttled, ok], 2],
    ['a 5xx', [unavailable, unavailable, ok], 3],
    ['a connection failure', ['network', ok] as Answer[], 2],
  ])('retries %s and succeeds', async (_name, answers, attempts) => {
    const { dynamo, requests } = client(answers);
    await expect(dynamo.call('TransactWriteItems', {})).resolves.toEqual({});
    expect(requests).toHaveLength(attempts);
  });

  it.each([
    ['a refused transaction, with its details', [cancelled], 1, 'TransactionCanceledException', { CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }],
    ['a validation error', [invalid], 1, 'ValidationException', {}],
    ['throttling past the last attempt', [throttled], 3, 'ThrottlingException', {}],
    ['a non-JSON error page', [{ status: 403, body: '<html>denied</html>' }], 1, 'Http403', {}],
    ['the type in the x-amzn-errortype header', [{ status: 400, body: '{}', headers: { 'x-amzn-errortype': 'AccessDeniedException:http://internal.amazon.com/coral/com.amazon.coral.service/' } }], 1, 'AccessDeniedException', {}],
  ] as const)('rejects %s with an AwsServiceError', async (_name, answers, attempts, type, details) => {
    const { dynamo, requests } = client([...answers]);
    const error = await dynamo.call('TransactWriteItems', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({ type, name: type, details: expect.objectContaining(details) });
    expect(requests).toHaveLength(attempts);
  });

  it('names the endpoint when it cannot be reached', async () => {
    const { dynamo, requests } = client(['network'], 2);
    await expect(dynamo.call('TransactWriteItems', {})).rejects.toThrow(/could not reach dynamodb\.eu-west-2\.amazonaws\.com: fetch failed: connect ECONNREFUSED/);
    expect(requests).toHaveLength(2);
  });

  it('aborts a request that hangs at the deadline, and does not retry past it', async () => {
    const { dynamo, requests } = client(['hang'], 3, 50);
    const started = performance.now();
    const error = await dynamo.call('TransactWriteItems', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AwsRequestError);
    expect(error).toMatchObject({ name: 'AwsTimeoutError', message: expect.stringMatching(/no answer within 50 ms/) });
    expect(requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads the credentials per request, so renewed ones are used', async () => {
    const fake = scriptedFetch([ok]);
    let keyId = 'FIRST';
    const dynamo = createAwsJsonClient(DYNAMO, { endpoint: new URL('https://dynamodb.eu-west-2.amazonaws.com/'), region: 'eu-west-2', credentials: () => ({ accessKeyId: keyId, secretAccessKey: 's' }), timeoutMs: 1_000, maxAttempts: 1, fetchImpl: fake.impl });
    await dynamo.call('DescribeLimits', {});
    keyId = 'SECOND';
    await dynamo.call('DescribeLimits', {});
    expect(fake.requests.map((request) => /Credential=(\w+)\//.exec(request.headers.authorization ?? '')?.[1])).toEqual(['FIRST', 'SECOND']);
  });
});
