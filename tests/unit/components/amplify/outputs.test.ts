import { describe, expect, it } from 'vitest';
import { isLocalUrl, summariseOutputs } from '@/components/amplify/outputs';
import { toLocalSocketTarget } from '@/components/amplify/local-websocket';

const aws = {
  auth: { aws_region: 'eu-west-2', user_pool_id: 'eu-west-2_abc' },
  data: { aws_region: 'eu-west-2', url: 'https://abc.appsync-api.eu-west-2.amazonaws.com/graphql' },
};

describe('summariseOutputs', () => {
  it('reads a deployed backend as not local', () => {
    expect(summariseOutputs(aws)).toEqual({ region: 'eu-west-2', dataUrl: aws.data.url, local: null });
  });

  it('finds the local twin endpoints', () => {
    const local = {
      ...aws,
      data: { ...aws.data, url: 'http://127.0.0.1:20002/graphql' },
      custom: { localTwin: { userPoolEndpoint: 'http://127.0.0.1:20003', connectEndpoint: 'http://127.0.0.1:20004' } },
    };
    expect(summariseOutputs(local).local).toEqual({
      cognitoEndpoint: 'http://127.0.0.1:20003',
      connectUrl: 'http://127.0.0.1:20004',
    });
  });

  it.each([
    [null, /not a JSON object/],
    [{ data: aws.data }, /auth\.user_pool_id/],
    [{ auth: aws.auth }, /data\.url/],
    [{ auth: { user_pool_id: 'x' }, data: { url: 'https://x/graphql' } }, /aws_region/],
  ])('rejects %j', (outputs, message) => {
    expect(() => summariseOutputs(outputs)).toThrow(message);
  });
});

describe('isLocalUrl', () => {
  it.each([
    ['http://127.0.0.1:20002/graphql', true],
    ['http://localhost:3000', true],
    ['https://127.0.0.1:20002/graphql', false],
    ['http://example.com/graphql', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLocalUrl(url)).toBe(expected);
  });
});

describe('toLocalSocketTarget', () => {
  const header = Buffer.from(JSON.stringify({ Authorization: 'token', host: '127.0.0.1:20002' })).toString('base64url');
  it('moves the auth subprotocol into the query and drops TLS', () => {
    const target = toLocalSocketTarget(
      'wss://127.0.0.1:20002/graphql/realtime?payload=e30%3D',
      ['graphql-ws', `header-${header}`],
      'http://127.0.0.1:20002',
    );
    expect(target?.protocols).toEqual(['graphql-ws']);
    const url = new URL(target?.url ?? '');
    expect(url.protocol).toBe('ws:');
    expect(url.searchParams.get('payload')).toBe('e30=');
    expect(JSON.parse(Buffer.from(url.searchParams.get('header') ?? '', 'base64').toString('utf8'))).toEqual({
      Authorization: 'token',
      host: '127.0.0.1:20002',
    });
  });

  it.each([
    ['wss://abc.appsync-realtime-api.eu-west-2.amazonaws.com/graphql'],
    ['wss://127.0.0.1:9999/graphql/realtime'],
  ])('leaves %s alone', (url) => {
    expect(toLocalSocketTarget(url, ['graphql-ws'], 'http://127.0.0.1:20002')).toBeNull();
  });
});
