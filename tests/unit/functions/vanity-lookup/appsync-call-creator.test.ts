import { describe, expect, it } from 'vitest';
import { AppSyncHttpError, appSyncTargetFromEnv, createAppSyncCallCreator, VANITY_CALL_FIELDS } from '../../../../amplify/functions/vanity-lookup/appsync-call-creator';
import type { VanityCallRecord } from '../../../../amplify/functions/vanity-lookup/call-record';
import { callRecord } from '../call-record-fixture';

const RECORD = callRecord();
const TARGET = { endpoint: 'https://api.appsync-api.eu-west-2.amazonaws.com/graphql', region: 'eu-west-2', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'token' } };

function fakeFetch(status: number, body: string) {
  const requests: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: URL | RequestInfo, init?: RequestInit) => {
    requests.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status });
  }) as typeof fetch;
  return { impl, requests };
}

describe('createAppSyncCallCreator', () => {
  it('posts one signed createVanityCall selecting every field, so subscribers get the whole call', async () => {
    const { impl, requests } = fakeFetch(200, JSON.stringify({ data: { createVanityCall: { contactId: 'contact-1' } } }));
    await expect(createAppSyncCallCreator(TARGET, impl).models.VanityCall.create(RECORD)).resolves.toEqual({});
    const [request] = requests;
    expect(request?.url).toBe(TARGET.endpoint);
    const headers = request?.init.headers as Record<string, string>;
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-2\/appsync\/aws4_request/);
    expect(headers['x-amz-security-token']).toBe('token');
    const body = JSON.parse(String(request?.init.body)) as { query: string; variables: { input: VanityCallRecord } };
    expect(body.variables.input).toEqual(RECORD);
    expect(body.query).toMatch(/createVanityCall\(input: \$input\)/);
    for (const field of [...Object.keys(RECORD), 'country', 'updatedAt']) expect(VANITY_CALL_FIELDS).toContain(field);
    for (const field of VANITY_CALL_FIELDS) expect(body.query).toContain(field);
  });

  it.each([
    [400, { errors: [{ errorType: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' }] }],
    [401, { errors: [{ errorType: 'UnauthorizedException', message: 'Not Authorized to access createVanityCall on type Mutation' }] }],
  ])('hands GraphQL errors (HTTP %i) to the writer, which tells "already saved" from a failure', async (status, answer) => {
    const { impl } = fakeFetch(status, JSON.stringify(answer));
    await expect(createAppSyncCallCreator(TARGET, impl).models.VanityCall.create(RECORD)).resolves.toEqual({ errors: answer.errors });
  });

  it.each([
    [502, '<html>Bad Gateway</html>'],
    [500, '{"message":"internal"}'],
  ])('throws on an HTTP %i that carries no GraphQL errors', async (status, body) => {
    const { impl } = fakeFetch(status, body);
    await expect(createAppSyncCallCreator(TARGET, impl).models.VanityCall.create(RECORD)).rejects.toThrow(AppSyncHttpError);
  });

  /** Rejects the first `failures` posts as undici does when a kept-alive socket was closed under it. */
  function flakyFetch(failures: number) {
    let calls = 0;
    const impl = (async () => {
      calls += 1;
      if (calls <= failures) throw new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
      return new Response(JSON.stringify({ data: { createVanityCall: { contactId: 'contact-1' } } }), { status: 200 });
    }) as typeof fetch;
    return { impl, calls: () => calls };
  }

  it('sends the create again when the connection fails before any answer, so a reset socket saves the call', async () => {
    const { impl, calls } = flakyFetch(2);
    await expect(createAppSyncCallCreator(TARGET, impl, undefined, () => 0).models.VanityCall.create(RECORD)).resolves.toEqual({});
    expect(calls()).toBe(3);
  });

  it('gives up after three connection failures, with the last error, for the queue to take the call', async () => {
    const { impl, calls } = flakyFetch(5);
    await expect(createAppSyncCallCreator(TARGET, impl, undefined, () => 0).models.VanityCall.create(RECORD)).rejects.toThrow('fetch failed');
    expect(calls()).toBe(3);
  });

  it('does not repeat a create AppSync answered, even with an error', async () => {
    const { impl, requests } = fakeFetch(500, '{"message":"internal"}');
    await expect(createAppSyncCallCreator(TARGET, impl, undefined, () => 0).models.VanityCall.create(RECORD)).rejects.toThrow(AppSyncHttpError);
    expect(requests).toHaveLength(1);
  });
});

describe('appSyncTargetFromEnv', () => {
  it('reads the endpoint, the region and the function\'s credentials', () => {
    expect(
      appSyncTargetFromEnv({ AMPLIFY_DATA_GRAPHQL_ENDPOINT: TARGET.endpoint, AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' }),
    ).toEqual(TARGET);
  });

  it('names what is missing', () => {
    expect(() => appSyncTargetFromEnv({ AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'AKID' })).toThrow('AMPLIFY_DATA_GRAPHQL_ENDPOINT, AWS_SECRET_ACCESS_KEY');
  });
});
