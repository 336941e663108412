import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A message attribute as SQS carries it (strings only: that is all the save path sends). */
export interface MessageAttribute {
  DataType: string;
  StringValue?: string;
}

/** One message as a consumer receives it. */
export interface ReceivedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  attributes: { ApproximateReceiveCount: string; SentTimestamp: string; SenderId: string; ApproximateFirstReceiveTimestamp: string };
  messageAttributes: Record<string, MessageAttribute>;
}

/** A queue's redrive policy: after maxReceiveCount receives, a message moves to the dead-letter queue. */
export interface Redrive {
  deadLetterQueue: LocalQueue;
  maxReceiveCount: number;
}

/** What a queue was created with (from the synthesised AWS::SQS::Queue). */
export interface QueueSettings {
  name: string;
  arn: string;
  visibilityTimeoutSeconds: number;
  retentionSeconds: number;
}

interface Stored {
  id: string;
  body: string;
  messageAttributes: Record<string, MessageAttribute>;
  sentAt: number;
  receiveCount: number;
  firstReceiveAt?: number;
  visibleAt: number;
  receiptHandle?: string;
}

type JournalEntry =
  | { op: 'send'; id: string; body: string; messageAttributes: Record<string, MessageAttribute>; sentAt: number }
  | { op: 'delete'; id: string };

/** Thrown for a receipt handle the queue does not know (deleted, or received again since). */
export class ReceiptHandleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReceiptHandleIsInvalid';
  }
}

export const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/**
 * An SQS standard queue for the twin: at-least-once delivery, a visibility timeout per receive,
 * receive counts, redrive to a dead-letter queue, retention. With a journal file, every sent message
 * is on disk (fsync) before send returns, so killing the twin loses no accepted message; receive
 * state is kept in memory, so after a restart every message is visible again, as after SQS's
 * visibility timeout.
 */
export class LocalQueue {
  private readonly messages = new Map<string, Stored>();
  private fd: number | undefined;
  redrive: Redrive | undefined;

  constructor(
    readonly settings: QueueSettings,
    journalFile: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    if (journalFile) this.openJournal(journalFile);
  }

  private openJournal(file: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line === '') continue;
        let entry: JournalEntry;
        try {
          entry = JSON.parse(line) as JournalEntry;
        } catch {
          continue; // a line cut short by a crash mid-write: its send never returned, so nobody was told it was kept
        }
        if (entry.op === 'send') this.messages.set(entry.id, { id: entry.id, body: entry.body, messageAttributes: entry.messageAttributes, sentAt: entry.sentAt, receiveCount: 0, visibleAt: 0 });
        else this.messages.delete(entry.id);
      }
    }
    this.expire();
    // Compacted: only the live messages are rewritten, then swapped in atomically.
    const compacted = `${file}.compacting`;
    const fd = openSync(compacted, 'w');
    for (const message of this.messages.values()) writeSync(fd, `${JSON.stringify({ op: 'send', id: message.id, body: message.body, messageAttributes: message.messageAttributes, sentAt: message.sentAt })}\n`);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(compacted, file);
    this.fd = openSync(file, 'a');
  }

  private journal(entry: JournalEntry): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(this.fd);
  }

  private expire(): void {
    const oldest = this.now() - this.settings.retentionSeconds * 1000;
    for (const message of this.messages.values()) if (message.sentAt < oldest) this.messages.delete(message.id);
  }

  /** Stores a message durably; returns its id and the MD5 of its body (the SDK checks it). */
  send(body: string, messageAttributes: Record<string, MessageAttribute> = {}, delaySeconds = 0): { messageId: string; md5OfBody: string } {
    const id = randomUUID();
    const sentAt = this.now();
    this.journal({ op: 'send', id, body, messageAttributes, sentAt });
    this.messages.set(id, { id, body, messageAttributes, sentAt, receiveCount: 0, visibleAt: sentAt + delaySeconds * 1000 });
    return { messageId: id, md5OfBody: md5(body) };
  }

  /**
   * Up to `max` visible messages, each hidden for `visibilityTimeoutSeconds`. A message already
   * received maxReceiveCount times moves to the dead-letter queue instead, as SQS's redrive does.
   */
  receive(max: number, visibilityTimeoutSeconds = this.settings.visibilityTimeoutSeconds): ReceivedMessage[] {
    this.expire();
    const now = this.now();
    const received: ReceivedMessage[] = [];
    for (const message of this.messages.values()) {
      if (received.length >= max) break;
      if (message.visibleAt > now) continue;
      if (this.redrive && message.receiveCount >= this.redrive.maxReceiveCount) {
        // Sent to the dead letters before it leaves here: a crash in between leaves a copy in both, never in neither.
        this.redrive.deadLetterQueue.send(message.body, message.messageAttributes);
        this.remove(message.id);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceiveAt ??= now;
      message.visibleAt = now + visibilityTimeoutSeconds * 1000;
      message.receiptHandle = `${message.id}/${randomUUID()}`;
      received.push({
        messageId: message.id,
        receiptHandle: message.receiptHandle,
        body: message.body,
        md5OfBody: md5(message.body),
        attributes: {
          ApproximateReceiveCount: String(message.receiveCount),
          SentTimestamp: String(message.sentAt),
          SenderId: 'LOCALTWIN',
          ApproximateFirstReceiveTimestamp: String(message.firstReceiveAt),
        },
        messageAttributes: message.messageAttributes,
      });
    }
    return received;
  }

  private byHandle(receiptHandle: string): Stored {
    const message = this.messages.get(receiptHandle.split('/')[0] ?? '');
    if (!message || message.receiptHandle !== receiptHandle) throw new ReceiptHandleError(`The receipt handle "${receiptHandle.slice(0, 100)}" is not valid for ${this.settings.name}`);
    return message;
  }

  private remove(id: string): void {
    this.journal({ op: 'delete', id });
    this.messages.delete(id);
  }

  /** Deletes a received message (the consumer is done with it). */
  delete(receiptHandle: string): void {
    this.remove(this.byHandle(receiptHandle).id);
  }

  /** Makes a received message visible again after `seconds` (0: now). */
  changeVisibility(receiptHandle: string, seconds: number): void {
    this.byHandle(receiptHandle).visibleAt = this.now() + seconds * 1000;
  }

  /** SQS's approximate counts: visible, in flight (received, not deleted), delayed. */
  counts(): { visible: number; inFlight: number; delayed: number } {
    this.expire();
    const now = this.now();
    let visible = 0;
    let inFlight = 0;
    let delayed = 0;
    for (const message of this.messages.values()) {
      if (message.visibleAt <= now) visible += 1;
      else if (message.receiveCount > 0) inFlight += 1;
      else delayed += 1;
    }
    return { visible, inFlight, delayed };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
