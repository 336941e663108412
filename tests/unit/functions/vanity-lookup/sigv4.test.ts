import { describe, expect, it } from 'vitest';
import { signRequest } from '../../../../amplify/functions/vanity-lookup/sigv4';

// AWS's published SigV4 test suite ("get-vanilla" and friends): example credentials, 2015-08-30T12:36:00Z.
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const NOW = new Date('2015-08-30T12:36:00Z');

describe('signRequest', () => {
  it.each([
    ['get-vanilla', 'https://example.amazonaws.com/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['get-vanilla-query-order-key-case', 'https://example.amazonaws.com/?Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
  ])('matches the AWS test vector %s', (_name, url, signature) => {
    const headers = signRequest({ method: 'GET', url: new URL(url), headers: {}, body: '' }, 'us-east-1', 'service', CREDENTIALS, NOW);
    expect(headers.authorization).toBe(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`);
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
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
