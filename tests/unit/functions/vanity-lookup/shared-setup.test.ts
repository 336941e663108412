import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reuseUntilFailure, SetupTimeoutError } from '../../../../amplify/functions/vanity-lookup/shared-setup';

const TIMEOUT_MS = 2_000;
const NEVER = new Promise<never>(() => undefined);

/** A setup whose attempts are scripted: each entry is what one call to create() returns. */
function scripted<T>(attempts: (() => Promise<T>)[]) {
  let calls = 0;
  const create = () => {
    const next = attempts[calls];
    calls += 1;
    if (next === undefined) throw new Error(`unexpected attempt ${calls}`);
    return next();
  };
  return { get: reuseUntilFailure(create, { timeoutMs: TIMEOUT_MS, label: 'data client setup' }), calls: () => calls };
}

/** Settles `promise` while fake time runs on, and reports how it ended. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = promise.then((value) => ({ value }), (error: unknown) => ({ error }));
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 1);
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-24T22:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('reuseUntilFailure', () => {
  it('creates once and shares the result, also with calls made while it runs', async () => {
    const setup = scripted([async () => 'client']);
    const [first, second] = await Promise.all([setup.get(), setup.get()]);
    expect([first, second, await setup.get()]).toEqual(['client', 'client', 'client']);
    expect(setup.calls()).toBe(1);
  });

  it('forgets a failed attempt, so the next call tries again', async () => {
    const setup = scripted([() => Promise.reject(new Error('no model introspection schema')), async () => 'client']);
    await expect(setup.get()).rejects.toThrow('no model introspection schema');
    await expect(setup.get()).resolves.toBe('client');
    expect(setup.calls()).toBe(2);
  });

  it('fails the callers of a setup that never finishes, and the next call starts a fresh one', async () => {
    const setup = scripted([() => NEVER, async () => 'client']);
    const hung = await settle(setup.get());
    expect(hung.error).toBeInstanceOf(SetupTimeoutError);
    expect(String(hung.error)).toMatch(/data client setup did not finish within 2000 ms/);
    await expect(setup.get()).resolves.toBe('client');
    await expect(setup.get()).resolves.toBe('client');
    expect(setup.calls()).toBe(2);
  });

  it('gives a call the time left of the attempt it joins, not a fresh timeout', async () => {
    const setup = scripted([() => NEVER, async () => 'client']);
    const first = setup.get().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 500);
    const joined = setup.get().then(() => 'resolved', (error: unknown) => error);
    await vi.advanceTimersByTimeAsync(501);
    expect(await first).toBeInstanceOf(SetupTimeoutError);
    expect(await joined).toBeInstanceOf(SetupTimeoutError);
    expect(setup.calls()).toBe(1);
  });

  it('starts afresh when the environment was frozen past the timeout with the attempt unfinished', async () => {
    const setup = scripted([() => NEVER, async () => 'client']);
    const cold = setup.get().catch(() => undefined);
    // Lambda freezes the environment between invocations: wall time passes, timers do not run.
    vi.setSystemTime(Date.now() + 60_000);
    await expect(setup.get()).resolves.toBe('client');
    expect(setup.calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    await cold;
  });

  it('keeps a superseded attempt that succeeds late, for the call waiting and every later one', async () => {
    let finishFirst: (value: string) => void = () => undefined;
    const setup = scripted([() => new Promise<string>((resolve) => { finishFirst = resolve; }), () => NEVER]);
    expect((await settle(setup.get())).error).toBeInstanceOf(SetupTimeoutError);
    const waiting = setup.get();
    finishFirst('late client');
    await expect(waiting).resolves.toBe('late client');
    await expect(setup.get()).resolves.toBe('late client');
    expect(setup.calls()).toBe(2);
  });
});
