import { describe, expect, it } from 'vitest';
import type { CallWriter, VanityCallRecord } from '../../../../amplify/functions/vanity-lookup/call-record';
import { createHandler } from '../../../../amplify/functions/vanity-lookup/create-handler';
import { createJsonLogger } from '../../../../amplify/functions/vanity-lookup/logger';
import { readQueuedCall } from '../../../../amplify/functions/vanity-lookup/queued-call';
import type { SaveQueue } from '../../../../amplify/functions/vanity-lookup/save-queue';
import { contactEvent, vanityResult } from './fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(writer: CallWriter, saveBudgetMs = 100) {
  const lines: Record<string, unknown>[] = [];
  const handler = createHandler({
    generate: () => vanityResult(['1-800-FLOWERS', '1-800-FLOWER-7', '1-800-3-LOWERS']),
    writer,
    logger: createJsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
    now: () => new Date('2026-11-24T21:00:00.000Z'),
    retentionDays: 90,
    saveBudgetMs,
  });
  const messages = () => lines.map((line) => `${String(line.level)} ${String(line.message)}`);
  return { handler, lines, messages };
}

const OK_RESULT = { status: 'OK', count: '3', vanity1: '1-800-FLOWERS', vanity1Words: 'flowers', vanity1Spelled: 'FLOWERS' };

describe('createHandler', () => {
  it('saves the call and answers with the vanity numbers', async () => {
    const saved: VanityCallRecord[] = [];
    const { handler, messages } = setup({ save: async (record) => { saved.push(record); return 'created'; } });
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(saved).toHaveLength(1);
    expect(messages()).toEqual(['INFO call saved', 'INFO vanity lookup answered']);
  });

  it('logs the language the caller was answered in', async () => {
    const { handler, lines } = setup({ save: async () => 'created' });
    await handler(contactEvent('+18003569377'));
    expect(lines.find((line) => line.message === 'vanity lookup answered')).toMatchObject({ language: 'en' });
  });

  it('treats a retried invocation for a saved contact as saved', async () => {
    const { handler, messages } = setup({ save: async () => 'already-recorded' });
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(messages()).toContain('INFO call already saved by an earlier attempt');
  });

  it.each([
    ['rejects', { save: () => Promise.reject(new Error('AppSync 500')) }],
    ['throws synchronously', { save: () => { throw new Error('not configured'); } }],
  ] satisfies [string, CallWriter][])('still answers when the writer %s, and logs the failure', async (_, writer) => {
    const { handler, lines } = setup(writer);
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'ERROR', message: 'call not saved: the data store failed', contactId: 'contact-1' }));
  });

  it('answers within the save budget when the data store hangs, and logs the late result', async () => {
    const { handler, lines, messages } = setup({ save: async () => { await sleep(300); return 'created'; } }, 50);
    const started = performance.now();
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(performance.now() - started).toBeLessThan(250);
    expect(messages()).toContain('ERROR call not saved in time: answered the caller without waiting');
    await sleep(350);
    expect(lines).toContainEqual(expect.objectContaining({ message: 'call saved', late: true }));
  });

  it('records withheld callers with their outcome', async () => {
    const saved: VanityCallRecord[] = [];
    const { handler } = setup({ save: async (record) => { saved.push(record); return 'created'; } });
    await expect(handler(contactEvent('anonymous'))).resolves.toMatchObject({ status: 'NO_NUMBER', count: '0' });
    expect(saved).toEqual([expect.objectContaining({ callerNumber: 'anonymous', outcome: 'NO_USABLE_NUMBER' })]);
  });

  it('logs, and does not try to save, a call without a contact id', async () => {
    let calls = 0;
    const { handler, messages } = setup({ save: async () => { calls += 1; return 'created'; } });
    await expect(handler(contactEvent('+18003569377', null))).resolves.toMatchObject(OK_RESULT);
    expect(calls).toBe(0);
    expect(messages()).toContain('ERROR call not recorded: the event has no usable contact id');
  });

  it('answers ERROR to a malformed event without throwing', async () => {
    const { handler } = setup({ save: async () => 'created' });
    await expect(handler(undefined)).resolves.toMatchObject({ status: 'ERROR', count: '0' });
  });

  it('never logs a whole caller number', async () => {
    const { handler, lines } = setup({ save: (record) => Promise.reject(new Error(`invalid input: ${record.callerNumber}`)) });
    await handler(contactEvent('+18003569377'));
    await handler(contactEvent('12ab34567890'));
    const text = JSON.stringify(lines);
    expect(text).toContain('+1***77');
    expect(text).not.toContain('8003569377');
    expect(text).not.toContain('34567890');
  });
});

describe('createHandler with a save queue', () => {
  function withQueue(writer: CallWriter, queue: SaveQueue) {
    const lines: Record<string, unknown>[] = [];
    const handler = createHandler({
      generate: () => vanityResult(['1-800-FLOWERS', '1-800-FLOWER-7', '1-800-3-LOWERS']),
      writer,
      logger: createJsonLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
      now: () => new Date('2026-11-24T21:00:00.000Z'),
      retentionDays: 90,
      saveBudgetMs: 50,
      queue,
      queueBudgetMs: 50,
    });
    return { handler, lines };
  }
  const recordingQueue = () => {
    const sent: { body: string; contactId: string }[] = [];
    return { sent, queue: { send: async (body: string, contactId: string) => { sent.push({ body, contactId }); } } };
  };

  it.each([
    ['fails', 'failed', { save: () => Promise.reject(new Error('ECONNREFUSED')) }],
    ['hangs', 'timed-out', { save: () => new Promise<never>(() => undefined) }],
  ] satisfies [string, string, CallWriter][])('queues the whole record before answering when the store %s', async (_name, reason, writer) => {
    const { sent, queue } = recordingQueue();
    const { handler, lines } = withQueue(writer, queue);
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.contactId).toBe('contact-1');
    const queued = readQueuedCall(sent[0]?.body ?? '');
    expect(queued).toMatchObject({ reason, record: { contactId: 'contact-1', callerNumber: '+18003569377', vanityNumbers: ['1-800-FLOWERS', '1-800-FLOWER-7', '1-800-3-LOWERS'] } });
    expect(lines).toContainEqual(expect.objectContaining({ level: 'WARN', message: 'call queued for a later save', reason }));
    expect(JSON.stringify(lines)).not.toContain('8003569377');
  });

  it('does not queue a saved call', async () => {
    const { sent, queue } = recordingQueue();
    const { handler } = withQueue({ save: async () => 'created' }, queue);
    await handler(contactEvent('+18003569377'));
    expect(sent).toEqual([]);
  });

  it.each([
    ['refuses', { send: () => Promise.reject(new Error('AccessDenied')) }],
    ['hangs', { send: () => new Promise<void>(() => undefined) }],
  ] satisfies [string, SaveQueue][])('still answers, and logs the call as lost, when the queue %s too', async (_name, queue) => {
    const { handler, lines } = withQueue({ save: () => Promise.reject(new Error('down')) }, queue);
    const started = performance.now();
    await expect(handler(contactEvent('+18003569377'))).resolves.toMatchObject(OK_RESULT);
    expect(performance.now() - started).toBeLessThan(400);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'ERROR', message: 'call lost: not saved and not queued', contactId: 'contact-1' }));
  });
});
