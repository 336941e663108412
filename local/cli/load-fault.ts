import { readQueues, setStoreFault, type StoreFaultMode, type TwinQueue } from '../twin/twin-client';

/** The faults `npm run load -- --fault` injects into the twin's data store. */
export const LOAD_FAULTS = { 'store-outage': 'down', 'store-slow': 'hung' } as const satisfies Record<string, StoreFaultMode>;

export type LoadFault = keyof typeof LOAD_FAULTS;

export function isLoadFault(value: string): value is LoadFault {
  return Object.hasOwn(LOAD_FAULTS, value);
}

/** What was done to the store, when and for how long, and how the backlog drained afterwards. */
export interface FaultReport {
  kind: LoadFault;
  action: string;
  /** Calls answered before the fault began. */
  startedAfterCalls: number;
  seconds: number;
  /** Calls placed while the fault lasted. */
  callsDuringFault: number;
  /** Queued calls still waiting when the store came back. */
  backlogAtRestore: number;
  /** From the store's return to an empty queue; null when it did not drain within the bound. */
  drainSeconds: number | null;
  /** Calls that moved to the dead-letter queue during the run (never saved). */
  deadLetters: number;
}

const ACTIONS: Record<LoadFault, string> = {
  'store-outage': 'store down: every request to it reset',
  'store-slow': 'store hung: requests accepted, never answered until restored',
};

const waiting = (queues: TwinQueue[]): number => queues.filter((queue) => !queue.deadLetter).reduce((sum, queue) => sum + queue.visible + queue.inFlight + queue.delayed, 0);
const dead = (queues: TwinQueue[]): number => queues.filter((queue) => queue.deadLetter).reduce((sum, queue) => sum + queue.visible + queue.inFlight + queue.delayed, 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one fault part-way through a load: begins it when `startAfter` calls are answered, ends it
 * `seconds` later, then waits (at most `drainTimeoutSeconds`) for the save queue to empty.
 */
export class FaultRun {
  private began: number | undefined;
  private startedAfterCalls = 0;
  private callsAtStart = 0;
  private callsAtEnd = 0;
  private ended: Promise<number> | undefined;
  private placed = 0;

  constructor(
    private readonly base: string,
    readonly kind: LoadFault,
    private readonly startAfter: number,
    private readonly seconds: number,
  ) {}

  private backlogAtRestore = 0;
  private deadLettersBefore = 0;

  /** Counts a call as it is placed. */
  onPlaced(): void {
    this.placed += 1;
  }

  /** Begins the fault once `startAfter` calls are answered. */
  async onAnswered(answered: number): Promise<void> {
    if (this.ended !== undefined || answered < this.startAfter) return;
    this.startedAfterCalls = answered;
    this.callsAtStart = this.placed;
    this.began = performance.now();
    const begun = readQueues(this.base).then((queues) => {
      this.deadLettersBefore = dead(queues);
      return setStoreFault(this.base, LOAD_FAULTS[this.kind]);
    });
    this.ended = begun.then(async () => {
      await sleep(this.seconds * 1000);
      this.callsAtEnd = this.placed;
      await setStoreFault(this.base, 'none');
      const restoredAt = performance.now();
      this.backlogAtRestore = waiting(await readQueues(this.base));
      return restoredAt;
    });
    await begun;
  }

  /** Ends the fault if the load finished first (or never began it), then waits for the backlog to drain. */
  async finish(drainTimeoutSeconds: number): Promise<FaultReport> {
    if (this.ended === undefined) await this.onAnswered(Number.POSITIVE_INFINITY);
    const restoredAt = await (this.ended ?? Promise.resolve(performance.now()));
    const began = this.began ?? restoredAt;
    let queues: TwinQueue[];
    let drainSeconds: number | null = null;
    const deadline = performance.now() + drainTimeoutSeconds * 1000;
    for (;;) {
      queues = await readQueues(this.base);
      if (waiting(queues) === 0) {
        drainSeconds = Number(((performance.now() - restoredAt) / 1000).toFixed(1));
        break;
      }
      if (performance.now() >= deadline) break;
      await sleep(250);
    }
    return {
      kind: this.kind,
      action: ACTIONS[this.kind],
      startedAfterCalls: this.startedAfterCalls,
      seconds: Number(((restoredAt - began) / 1000).toFixed(1)),
      callsDuringFault: this.callsAtEnd - this.callsAtStart,
      backlogAtRestore: this.backlogAtRestore,
      drainSeconds,
      deadLetters: dead(queues) - this.deadLettersBefore,
    };
  }

  /** Restores the store whatever happened (the load failed or was interrupted). */
  async restore(): Promise<void> {
    await setStoreFault(this.base, 'none').catch(() => undefined);
  }
}
