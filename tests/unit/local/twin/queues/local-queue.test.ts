import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalQueue, md5, ReceiptHandleError } from '../../../../../local/twin/queues/local-queue';

function queues(options: { file?: string; maxReceiveCount?: number; retentionSeconds?: number } = {}) {
  let now = 1_000_000;
  const clock = () => now;
  const dead = new LocalQueue({ name: 'dead', arn: 'arn:aws:sqs:us-east-1:123456789012:dead', visibilityTimeoutSeconds: 30, retentionSeconds: 1_209_600 }, undefined, clock);
  const queue = new LocalQueue({ name: 'saves', arn: 'arn:aws:sqs:us-east-1:123456789012:saves', visibilityTimeoutSeconds: 30, retentionSeconds: options.retentionSeconds ?? 1_209_600 }, options.file, clock);
  queue.redrive = { deadLetterQueue: dead, maxReceiveCount: options.maxReceiveCount ?? 3 };
  return { queue, dead, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('the twin SQS queue', () => {
  it('hides a received message for the visibility timeout and shows it again, counting receives', () => {
    const { queue, advance } = queues();
    const { md5OfBody } = queue.send('call');
    expect(md5OfBody).toBe(md5('call'));
    expect(queue.receive(10).map((m) => m.attributes.ApproximateReceiveCount)).toEqual(['1']);
    expect(queue.receive(10)).toEqual([]);
    expect(queue.counts()).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    advance(30);
    expect(queue.receive(10).map((m) => m.attributes.ApproximateReceiveCount)).toEqual(['2']);
  });

  it('deletes by the latest receipt handle only', () => {
    const { queue, advance } = queues();
    queue.send('call');
    const [first] = queue.receive(1);
    advance(30);
    const [second] = queue.receive(1);
    expect(() => queue.delete(first?.receiptHandle ?? '')).toThrow(ReceiptHandleError);
    queue.delete(second?.receiptHandle ?? '');
    expect(queue.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it.each([1, 3])('moves a message to the dead-letter queue after maxReceiveCount %i receives', (maxReceiveCount) => {
    const { queue, dead, advance } = queues({ maxReceiveCount });
    queue.send('never saved', { contactId: { DataType: 'String', StringValue: 'c-1' } });
    for (let receive = 1; receive <= maxReceiveCount; receive++) {
      expect(queue.receive(10)).toHaveLength(1);
      advance(30);
    }
    expect(queue.receive(10)).toEqual([]);
    expect(dead.receive(10)).toMatchObject([{ body: 'never saved', messageAttributes: { contactId: { StringValue: 'c-1' } } }]);
  });

  it('keeps every sent message across a crash (journal), drops deleted ones, and ignores a line cut short', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'queue-')), 'saves.jsonl');
    const before = queues({ file });
    before.queue.send('a');
    before.queue.send('b');
    const [received] = before.queue.receive(1);
    before.queue.delete(received?.receiptHandle ?? '');
    // No close(): the process died. The last write was cut short.
    appendFileSync(file, '{"op":"send","id":"x","bo');
    const after = queues({ file });
    expect(after.queue.receive(10).map((message) => message.body)).toEqual(['b']);
    after.queue.close();
  });

  it('drops messages older than the retention period', () => {
    const { queue, advance } = queues({ retentionSeconds: 60 });
    queue.send('old');
    advance(61);
    expect(queue.counts()).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });
});
