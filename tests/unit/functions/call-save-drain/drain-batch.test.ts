import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { drainBatch } from '../../../../amplify/functions/call-save-drain/drain-batch';
import type { CallWriter, SaveResult, VanityCallRecord } from '../../../../amplify/functions/vanity-lookup/call-record';
import { createJsonLogger } from '../../../../amplify/functions/vanity-lookup/logger';
import { toQueueMessage } from '../../../../amplify/functions/vanity-lookup/queued-call';
import { callRecord } from '../call-record-fixture';

const record = (contactId: string): VanityCallRecord => callRecord({ contactId });

function sqsEvent(bodies: string[]): SQSEvent {
  return {
    Records: bodies.map(
      (body, index) =>
        ({
          messageId: `m${index}`,
          receiptHandle: `r${index}`,
          body,
          attributes: { ApproximateReceiveCount: '2', SentTimestamp: '0', SenderId: 'local', ApproximateFirstReceiveTimestamp: '0' },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:saves',
          awsRegion: 'us-east-1',
        }) satisfies SQSRecord,
    ),
  };
}

function drain(writer: CallWriter, bodies: string[], saveBudgetMs = 100) {
  const lines: Record<string, unknown>[] = [];
  const logger = createJsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  const response = drainBatch(sqsEvent(bodies), { writer, logger, now: () => new Date('2026-11-24T21:00:05.000Z'), saveBudgetMs });
  return { response, lines };
}

const queued = (contactId: string) => toQueueMessage(record(contactId), 'failed', new Date('2026-11-24T21:00:01.000Z'));

describe('drainBatch', () => {
  it.each<[string, SaveResult]>([
    ['saves every queued call', 'created'],
    ['counts an already saved contact as saved (replays are idempotent)', 'already-recorded'],
  ])('%s and reports no failure', async (_name, result) => {
    const saved: string[] = [];
    const { response } = drain({ save: async (call) => { saved.push(call.contactId); return result; } }, [queued('a'), queued('b')]);
    await expect(response).resolves.toEqual({ batchItemFailures: [] });
    expect(saved.sort()).toEqual(['a', 'b']);
  });

  it('returns only the calls that failed, a hung save, and a malformed message to the queue', async () => {
    const writer: CallWriter = {
      save: (call) => {
        if (call.contactId === 'down') return Promise.reject(new Error('connect ECONNREFUSED for +18003569377'));
        if (call.contactId === 'hung') return new Promise<SaveResult>(() => undefined);
        return Promise.resolve('created');
      },
    };
    const { response, lines } = drain(writer, [queued('ok'), queued('down'), queued('hung'), 'not json'], 50);
    await expect(response).resolves.toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }, { itemIdentifier: 'm3' }] });
    expect(lines).toContainEqual(expect.objectContaining({ message: 'queued call saved', contactId: 'ok', waitedMs: 4000, receives: 2 }));
    expect(lines).toContainEqual(expect.objectContaining({ message: 'queued message is not a call: left for the dead-letter queue', messageId: 'm3' }));
    expect(JSON.stringify(lines)).not.toContain('3569377');
  });
});
