import { defineFunction } from '@aws-amplify/backend';
import { bundledFunction } from '../function-bundling';

/**
 * Saves the calls the lookup function queued because the data store did not answer in time. SQS
 * invokes it through an event source mapping (amplify/custom/call-save-queue), in batches.
 *
 * The same custom-function form as vanity-lookup (see its resource.ts): the bundle's source map is the
 * FUNCTION_SOURCE_MAP setting, and backend.ts sets the data endpoint, so no SSM read runs at cold start.
 */
export const callSaveDrain = defineFunction(
  // A batch of ten saves runs in parallel, each bounded by DRAIN_SAVE_BUDGET_MS; the queue's visibility
  // timeout is six times the function's (the Lambda developer guide's advice for SQS sources), so a call
  // that failed is tried again half a minute later.
  (scope) => bundledFunction(scope, 'call-save-drain', import.meta.url, { timeoutSeconds: 5, memorySize: 256 }),
  { resourceGroupName: 'data' },
);
