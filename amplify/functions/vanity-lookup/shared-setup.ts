/** Thrown to a caller whose shared setup did not finish in time; the next call starts a fresh attempt. */
export class SetupTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupTimeoutError';
  }
}

/** How long one setup attempt may take, and the clock that measures it. */
export interface SharedSetupOptions {
  /** An attempt still running after this long counts as hung: its callers fail and the next call starts another. */
  timeoutMs: number;
  /** Named in the timeout error. */
  label: string;
  /** Wall-clock milliseconds; wall time keeps counting while Lambda freezes the environment between invocations. */
  now?: () => number;
}

interface Attempt<T> {
  promise: Promise<T>;
  startedAt: number;
}

/**
 * Shares one setup (such as the data client) across the invocations of a warm function. A failed
 * attempt is forgotten, and so is one that hangs past `timeoutMs`, so the next call tries again
 * instead of waiting on it for the lifetime of the execution environment. The first attempt to
 * succeed, even a superseded one that finishes late, is the one every later call gets.
 */
export function reuseUntilFailure<T>(create: () => Promise<T>, options: SharedSetupOptions): () => Promise<T> {
  const now = options.now ?? Date.now;
  let ready: { value: T } | undefined;
  let current: Attempt<T> | undefined;
  let resolveFirst: (value: T) => void = () => undefined;
  const firstSuccess = new Promise<T>((resolve) => {
    resolveFirst = resolve;
  });

  const start = (): Attempt<T> => {
    const attempt: Attempt<T> = { promise: Promise.resolve().then(create), startedAt: now() };
    void attempt.promise.then(
      (value) => {
        ready ??= { value };
        resolveFirst(value);
        if (current === attempt) current = undefined;
      },
      () => {
        if (current === attempt) current = undefined;
      },
    );
    current = attempt;
    return attempt;
  };

  return () => {
    if (ready !== undefined) return Promise.resolve(ready.value);
    const attempt = current !== undefined && now() - current.startedAt < options.timeoutMs ? current : start();
    const remainingMs = Math.max(0, options.timeoutMs - (now() - attempt.startedAt));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (current === attempt) current = undefined;
        reject(new SetupTimeoutError(`${options.label} did not finish within ${options.timeoutMs} ms; the next call starts it again`));
      }, remainingMs);
    });
    return Promise.race([firstSuccess, attempt.promise, deadline]).finally(() => clearTimeout(timer));
  };
}
