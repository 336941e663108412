import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { signRequest, type RequestToSign } from '../../../../amplify/functions/vanity-lookup/sigv4';

// AWS's published SigV4 test suite: example credentials, 2015-08-30T12:36:00Z, region us-east-1, service "service".
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const NOW = new Date('2015-08-30T12:36:00Z');

describe('signRequest', () => {
  it.each([
    ['get-vanilla', 'GET', 'https://example.amazonaws.com/', {}, '', 'host;x-amz-date', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['get-vanilla-query-order-key-case', 'GET', 'https://example.amazonaws.com/?Param2=value2&Param1=value1', {}, '', 'host;x-amz-date', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
    ['post-vanilla', 'POST', 'https://example.amazonaws.com/', {}, '', 'host;x-amz-date', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'],
    ['post-x-www-form-urlencoded', 'POST', 'https://example.amazonaws.com/', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'Param1=value1', 'content-type;host;x-amz-date', 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a'],
  ])('matches the AWS test vector %s', (_name, method, url, headers, body, signedHeaders, signature) => {
    const signed = signRequest({ method, url: new URL(url), headers, body }, 'us-east-1', 'service', CREDENTIALS, NOW);
    expect(signed.authorization).toBe(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders}, Signature=${signature}`);
    expect(signed['x-amz-date']).toBe('20150830T123600Z');
  });

  it('signs the session token and the content type, and a changed body changes the signature', () => {
    const request = { method: 'POST', url: new URL('https://api.appsync-api.eu-west-2.amazonaws.com/graphql'), headers: { 'content-type': 'application/json' }, body: '{"query":"a"}' };
    const credentials = { ...CREDENTIALS, sessionToken: 'session' };
    const signed = signRequest(request, 'eu-west-2', 'appsync', credentials, NOW);
    expect(signed['x-amz-security-token']).toBe('session');
    expect(signed.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
    expect(signRequest({ ...request, body: '{"query":"b"}' }, 'eu-west-2', 'appsync', credentials, NOW).authorization).not.toBe(signed.authorization);
  });
});

const bytes = (data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape Smithy's signer asks for. */
class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

// The requests the functions send, and URLs that exercise encoding; the AWS SDK's own signer must agree.
const REQUESTS: [string, RequestToSign, string, string][] = [
  ['DynamoDB TransactWriteItems', { method: 'POST', url: new URL('https://dynamodb.eu-west-2.amazonaws.com/'), headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems' }, body: '{"TransactItems":[{"Put":{"TableName":"CallWord-x","Item":{"word":{"S":"GOTJUNK"}}}}],"ClientRequestToken":"7f1f"}' }, 'eu-west-2', 'dynamodb'],
  ['SQS SendMessage', { method: 'POST', url: new URL('https://sqs.ap-southeast-2.amazonaws.com/'), headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.SendMessage' }, body: '{"QueueUrl":"https://sqs.ap-southeast-2.amazonaws.com/123456789012/q","MessageBody":"{\\"caller\\":\\"+61 7 6704 7286\\"}"}' }, 'ap-southeast-2', 'sqs'],
  ['AppSync with a session token', { method: 'POST', url: new URL('https://abc.appsync-api.us-east-1.amazonaws.com/graphql'), headers: { 'content-type': 'application/json' }, body: '{"query":"mutation { x }","variables":{"name":"Zoë"}}' }, 'us-east-1', 'appsync'],
  ['a local endpoint with a port', { method: 'POST', url: new URL('http://127.0.0.1:21502/'), headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{}' }, 'us-east-1', 'dynamodb'],
  ['a path and query that need encoding', { method: 'GET', url: new URL("https://example.amazonaws.com/a%20b/c!'()*?b=2&a=x%20y&a=1&c=%E2%82%AC"), headers: { 'X-Custom': '  spaced   value ' }, body: '' }, 'us-west-2', 'execute-api'],
];

describe('signRequest agrees with the AWS SDK signer (@smithy/signature-v4)', () => {
  it.each(REQUESTS)('%s', async (_name, request, region, service) => {
    for (const credentials of [CREDENTIALS, { ...CREDENTIALS, sessionToken: 'IQoJb3JpZ2luX2VjE//token==' }]) {
      const ours = signRequest(request, region, service, credentials, NOW);
      const sdk = new SignatureV4({ credentials, region, service, sha256: NodeSha256, applyChecksum: false, uriEscapePath: true });
      const signed = await sdk.sign(
        {
          method: request.method,
          protocol: request.url.protocol,
          hostname: request.url.hostname,
          ...(request.url.port === '' ? {} : { port: Number(request.url.port) }),
          path: request.url.pathname,
          query: Object.fromEntries([...new Set(request.url.searchParams.keys())].map((key) => {
            const values = request.url.searchParams.getAll(key);
            return [key, values.length === 1 ? (values[0] ?? '') : values];
          })),
          headers: { ...request.headers, host: request.url.host },
          body: request.body,
        },
        { signingDate: NOW },
      );
      expect(ours.authorization).toBe(signed.headers.authorization);
    }
  });
});
