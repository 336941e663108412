import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { FunctionDefinition } from './function-definition';

/** A function running locally in its own worker thread (its own module graph and Amplify config, as in Lambda). */
export interface FunctionHost {
  readonly definition: FunctionDefinition;
  /** Invokes the handler; rejects with the handler's error or "Task timed out" after the function's timeout. */
  invoke(event: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'init-error'; error: { name: string; message: string; stack?: string } }
  | { type: 'result'; id: number; value?: unknown; error?: { name: string; message: string } };

/** An error the handler threw, carried back from the worker. */
export class FunctionError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Starts the function's bundled code in a worker with the environment Lambda would give it, and
 * waits for the cold start. Log lines (stdout and stderr) go to `log`, as CloudWatch Logs would get them.
 */
export async function startFunctionHost(definition: FunctionDefinition, env: Record<string, string>, log: (line: string) => void): Promise<FunctionHost> {
  const worker = new Worker(new URL('./runtime-worker.mjs', import.meta.url), {
    env,
    stdout: true,
    stderr: true,
    workerData: { moduleFile: definition.moduleFile, exportName: definition.exportName, functionName: definition.name, memoryMB: definition.memoryMB },
  });
  createInterface({ input: worker.stdout }).on('line', log);
  createInterface({ input: worker.stderr }).on('line', log);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'init-error') reject(new Error(`${definition.name} failed to start (${message.error.name}): ${message.error.stack ?? message.error.message}`));
      else {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(new FunctionError(message.error.name, message.error.message));
        else call?.resolve(message.value);
      }
    });
    worker.on('error', (error) => {
      exited = error;
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    });
    worker.on('exit', (code) => {
      exited ??= new Error(`${definition.name} runtime exited with code ${code}`);
      reject(exited);
      for (const call of pending.values()) call.reject(exited);
      pending.clear();
    });
  });
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    definition,
    invoke(event) {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      const timeoutMs = definition.timeoutSeconds * 1000;
      return new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new FunctionError('Sandbox.Timedout', `Task timed out after ${definition.timeoutSeconds.toFixed(2)} seconds`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        worker.postMessage({ id, event, deadline: Date.now() + timeoutMs, requestId: randomUUID() });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
