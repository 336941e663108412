// The local twin's Lambda runtime, run in a worker thread: like the Node.js managed runtime it imports
// the bundled handler module once (the cold start) and then answers invocations. Plain JavaScript
// because it loads the deployed bundle as is, with no TypeScript loader in between.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { moduleFile, exportName, functionName, memoryMB } = workerData;

function describe(error) {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { name: 'Error', message: String(error) };
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
  const context = {
    functionName,
    functionVersion: '$LATEST',
    memoryLimitInMB: String(memoryMB),
    awsRequestId: requestId,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  try {
    const value = await handler(event, context);
    parentPort.postMessage({ type: 'result', id, value });
  } catch (error) {
    parentPort.postMessage({ type: 'result', id, error: describe(error) });
  }
});
