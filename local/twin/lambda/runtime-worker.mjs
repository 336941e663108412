// The local twin's Lambda runtime, run in a worker thread: one execution environment. Like the Node.js
// managed runtime it imports the bundled handler module once (the cold start) and then answers one
// invocation at a time. Between invocations it is frozen as Lambda freezes an environment: the
// thread blocks in Atomics.wait, so timers, promises and I/O the handler left running do not run
// until the next invocation thaws it (and never, if none comes). Plain JavaScript because it loads
// the deployed bundle as is, with no TypeScript loader in between.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { moduleFile, exportName, functionName, memoryMB, wake } = workerData;
// 0: frozen (or running an invocation); 1: thawed for the next invocation; 2: shutting down.
const state = new Int32Array(wake);

function describe(error) {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { name: 'Error', message: String(error) };
}

function flushed(stream) {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

// Blocks the whole thread (its event loop included) until the host thaws it for the next invocation.
function freeze() {
  Atomics.wait(state, 0, 0);
}

let handler;
try {
  const module = await import(pathToFileURL(moduleFile).href);
  handler = module[exportName];
  if (typeof handler !== 'function') throw new Error(`${moduleFile} exports no function named "${exportName}"`);
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({ type: 'init-error', error: describe(error) });
}

parentPort.on('message', async ({ id, event, deadline, requestId }) => {
  // The host set 1 before posting this message; back to 0 so the freeze after it blocks.
  Atomics.compareExchange(state, 0, 1, 0);
  const context = {
    functionName,
    functionVersion: '$LATEST',
    memoryLimitInMB: String(memoryMB),
    awsRequestId: requestId,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  let reply;
  try {
    reply = { type: 'result', id, value: await handler(event, context) };
  } catch (error) {
    reply = { type: 'result', id, error: describe(error) };
  }
  // Lambda's runtime writes log lines as they are logged; a worker's stdout reaches the host through
  // messages, so hand them over before the freeze, or they would wait for the next invocation.
  await flushed(process.stdout);
  await flushed(process.stderr);
  parentPort.postMessage(reply);
  freeze();
});

// Not frozen after init: Lambda runs the first invocation right after init, so work init starts
// (such as fetching configuration) runs on; the twin only starts its first environment earlier.
