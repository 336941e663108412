import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { FunctionDefinition } from './function-definition';

/**
 * How many environments a function may run at once unless FOUNDRY_LAMBDA_CONCURRENCY says otherwise:
 * each is a cold start of the whole bundle, which a shared laptop pays in CPU seconds.
 */
export const DEFAULT_CONCURRENCY = 4;

/**
 * A function running locally as Lambda runs it: each invocation in an execution environment of its
 * own (a worker thread: its own module graph and Amplify config), environments reused while warm,
 * and each frozen between invocations. At most `concurrency` environments run at once; an invocation
 * beyond that waits for one to be free (Lambda would start more, up to the account's limit, and
 * throttle past it; on one machine, waiting shows the load honestly without failing callers).
 */
export interface FunctionHost {
  readonly definition: FunctionDefinition;
  /** Invokes the handler; rejects with the handler's error, or "Task timed out" after the function's timeout. */
  invoke(event: unknown): Promise<unknown>;
  /** Environments started, how many are running an invocation now, and invocations waiting for one. */
  stats(): { environments: number; busy: number; waiting: number };
  stop(): Promise<void>;
}

/** Options of a function host. */
export interface FunctionHostOptions {
  /** Environments at once (Lambda's reserved concurrency); default DEFAULT_CONCURRENCY. */
  concurrency?: number;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'init-error'; error: { name: string; message: string; stack?: string } }
  | { type: 'result'; id: number; value?: unknown; error?: { name: string; message: string } };

/** An error the handler threw, carried back from the worker, or one Lambda itself returns. */
export class FunctionError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

const THAWED = 1;
const SHUT_DOWN = 2;

interface Environment {
  readonly worker: Worker;
  readonly state: Int32Array;
  busy: boolean;
  exited?: Error;
  current?: { id: number; resolve: (value: unknown) => void; reject: (error: Error) => void };
}

/**
 * Starts the function's first environment (the cold start, so a broken bundle fails the twin's
 * start-up) with the environment variables Lambda would give it. Log lines (stdout and stderr) of
 * every environment go to `log`, as CloudWatch Logs would get them.
 */
export async function startFunctionHost(
  definition: FunctionDefinition,
  env: Record<string, string>,
  log: (line: string) => void,
  options: FunctionHostOptions = {},
): Promise<FunctionHost> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`the concurrency of ${definition.name} must be a whole number >= 1, got ${concurrency}`);
  const environments = new Set<Environment>();
  let starting = 0;
  let nextId = 0;
  let stopped = false;

  const retire = (environment: Environment, error: Error): void => {
    environment.exited ??= error;
    environments.delete(environment);
    environment.current?.reject(error);
    environment.current = undefined;
    release();
  };

  async function startEnvironment(): Promise<Environment> {
    const state = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL('./runtime-worker.mjs', import.meta.url), {
      env,
      stdout: true,
      stderr: true,
      workerData: { moduleFile: definition.moduleFile, exportName: definition.exportName, functionName: definition.name, memoryMB: definition.memoryMB, wake: state.buffer },
    });
    createInterface({ input: worker.stdout }).on('line', log);
    createInterface({ input: worker.stderr }).on('line', log);
    const environment: Environment = { worker, state, busy: false };
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'init-error') reject(new Error(`${definition.name} failed to start (${message.error.name}): ${message.error.stack ?? message.error.message}`));
        else if (environment.current?.id === message.id) {
          const call = environment.current;
          environment.current = undefined;
          environment.busy = false;
          release();
          if (message.error) call.reject(new FunctionError(message.error.name, message.error.message));
          else call.resolve(message.value);
        }
      });
      worker.on('error', (error) => {
        reject(error);
        retire(environment, error);
      });
      worker.on('exit', (code) => {
        const error = new Error(`${definition.name} runtime exited with code ${code}`);
        reject(error);
        retire(environment, error);
      });
    });
    try {
      await ready;
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    return environment;
  }

  async function terminate(environment: Environment): Promise<void> {
    environments.delete(environment);
    Atomics.store(environment.state, 0, SHUT_DOWN);
    Atomics.notify(environment.state, 0);
    await environment.worker.terminate();
  }

  const waiters: (() => void)[] = [];
  /** Wakes one invocation waiting for an environment (one went idle, started, or was retired). */
  const release = (): void => waiters.shift()?.();

  /** Starts one more environment in the background; whoever waits takes it (or any other) once it is free. */
  function scaleUp(): void {
    starting += 1;
    startEnvironment().then(
      (environment) => {
        starting -= 1;
        if (stopped) void terminate(environment);
        else environments.add(environment);
        release();
      },
      (error: unknown) => {
        starting -= 1;
        log(`${definition.name}: a new execution environment failed to start: ${error instanceof Error ? error.message : String(error)}`);
        release();
      },
    );
  }

  /**
   * The first environment to be free: an idle warm one, else whichever comes first of a busy one
   * finishing and a new one (started while under the limit) finishing its cold start.
   */
  async function claim(): Promise<Environment> {
    for (;;) {
      if (stopped) throw new FunctionError('ResourceNotFoundException', `${definition.name} is stopped`);
      for (const environment of environments) {
        if (!environment.busy && !environment.exited) {
          environment.busy = true;
          return environment;
        }
      }
      // One cold start at a time: several at once starve the warm environments of CPU on a laptop.
      if (starting === 0 && environments.size < concurrency) scaleUp();
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }

  environments.add(await startEnvironment());

  return {
    definition,
    async invoke(event) {
      const environment = await claim();
      const id = nextId++;
      const timeoutMs = definition.timeoutSeconds * 1000;
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          // Lambda discards an environment whose invocation timed out; the next one cold-starts.
          const error = new FunctionError('Sandbox.Timedout', `Task timed out after ${definition.timeoutSeconds.toFixed(2)} seconds`);
          retire(environment, error);
          void terminate(environment);
        }, timeoutMs);
        environment.current = {
          id,
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        // Thawed as the invocation arrives: work frozen after the last one resumes together with it.
        Atomics.store(environment.state, 0, THAWED);
        Atomics.notify(environment.state, 0);
        environment.worker.postMessage({ id, event, deadline: Date.now() + timeoutMs, requestId: randomUUID() });
      });
    },
    stats() {
      const all = [...environments];
      return { environments: all.length, busy: all.filter((environment) => environment.busy).length, waiting: waiters.length };
    },
    async stop() {
      stopped = true;
      for (const wake of waiters.splice(0)) wake();
      await Promise.all([...environments].map(terminate));
    },
  };
}

/** FOUNDRY_LAMBDA_CONCURRENCY, or undefined for the default; a malformed value is an error naming the variable. */
export function concurrencyFromEnv(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env.FOUNDRY_LAMBDA_CONCURRENCY;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 64) throw new Error(`FOUNDRY_LAMBDA_CONCURRENCY must be a whole number from 1 to 64, got "${raw}"`);
  return value;
}
