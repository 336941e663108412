import { defineFunction } from '@aws-amplify/backend';

/**
 * Saves the calls the lookup function queued because the data store did not answer in time. SQS
 * invokes it through an event source mapping (amplify/custom/call-save-queue), in batches.
 */
export const callSaveDrain = defineFunction({
  name: 'call-save-drain',
  entry: './handler.ts',
  // A batch of ten saves runs in parallel, each bounded by DRAIN_SAVE_BUDGET_MS; the queue's
  // visibility timeout is six times this (the Lambda developer guide's advice for SQS sources), so a
  // call that failed is tried again half a minute later.
  timeoutSeconds: 5,
  memoryMB: 256,
  runtime: 22,
  resourceGroupName: 'data',
});
