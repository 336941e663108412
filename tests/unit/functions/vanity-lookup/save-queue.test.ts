import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSqsSaveQueue, readSaveQueueUrl, SaveQueueError } from '../../../../amplify/functions/vanity-lookup/save-queue';

const QUEUE_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/vanity-call-saves';
const ENV = { AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' };
const BODY = '{"version":1,"record":{"contactId":"contact-1"}}';
const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

function sqsFetch(answer: (body: Record<string, unknown>) => Response) {
  const requests: { url: string; headers: Record<string, string>; body: Record<string, unknown> }[] = [];
  const impl = (async (url: URL | RequestInfo, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    requests.push({ url: String(url), headers: init?.headers as Record<string, string>, body });
    return answer(body);
  }) as typeof fetch;
  return { impl, requests };
}

const stored = (body: Record<string, unknown>): Response => Response.json({ MessageId: 'm-1', MD5OfMessageBody: md5(String(body.MessageBody)) });

describe('createSqsSaveQueue', () => {
  it.each([
    ['the queue URL\'s own host', ENV, 'https://sqs.eu-west-2.amazonaws.com/'],
    ['AWS_ENDPOINT_URL_SQS (the twin)', { ...ENV, AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:21503' }, 'http://127.0.0.1:21503/'],
  ])('sends SendMessage over the AWS JSON protocol to %s', async (_name, env, endpoint) => {
    const { impl, requests } = sqsFetch(stored);
    await createSqsSaveQueue(QUEUE_URL, 3_000, env, { fetchImpl: impl }).send(BODY, 'contact-1');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(endpoint);
    expect(request?.headers).toMatchObject({ 'x-amz-target': 'AmazonSQS.SendMessage', 'content-type': 'application/x-amz-json-1.0' });
    expect(request?.headers.authorization).toMatch(/Credential=AKID\/\d{8}\/eu-west-2\/sqs\/aws4_request/);
    expect(request?.body).toEqual({ QueueUrl: QUEUE_URL, MessageBody: BODY, MessageAttributes: { contactId: { DataType: 'String', StringValue: 'contact-1' } } });
  });

  it('fails when SQS confirms another body than the one sent', async () => {
    const { impl } = sqsFetch(() => Response.json({ MessageId: 'm-1', MD5OfMessageBody: md5('something else') }));
    await expect(createSqsSaveQueue(QUEUE_URL, 3_000, ENV, { fetchImpl: impl }).send(BODY, 'contact-1')).rejects.toThrow(SaveQueueError);
  });

  it('tries twice, then passes the error on for the handler to log the call as lost', async () => {
    const { impl, requests } = sqsFetch(() => new Response(JSON.stringify({ __type: 'com.amazonaws.sqs#InternalError', message: 'busy' }), { status: 500 }));
    await expect(createSqsSaveQueue(QUEUE_URL, 3_000, ENV, { fetchImpl: impl, backoffMs: () => 0 }).send(BODY, 'contact-1')).rejects.toThrow(/AmazonSQS.SendMessage answered 500 InternalError: busy/);
    expect(requests).toHaveLength(2);
  });

  it('fails the send, not the cold start, when the function lacks its credentials', async () => {
    const { impl, requests } = sqsFetch(stored);
    const queue = createSqsSaveQueue(QUEUE_URL, 3_000, { AWS_REGION: 'eu-west-2' }, { fetchImpl: impl });
    await expect(queue.send(BODY, 'contact-1')).rejects.toThrow(/lacks AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY/);
    expect(requests).toHaveLength(0);
  });
});

describe('readSaveQueueUrl', () => {
  it.each([
    [{}, undefined],
    [{ SAVE_QUEUE_URL: '' }, undefined],
    [{ SAVE_QUEUE_URL: QUEUE_URL }, QUEUE_URL],
  ])('%j gives %j', (env, url) => {
    expect(readSaveQueueUrl(env)).toBe(url);
  });

  it('refuses what is not a URL', () => {
    expect(() => readSaveQueueUrl({ SAVE_QUEUE_URL: 'vanity-call-saves' })).toThrow(/SAVE_QUEUE_URL must be the queue's URL/);
  });
});
