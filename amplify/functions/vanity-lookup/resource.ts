import { defineFunction } from '@aws-amplify/backend';

/**
 * The function Amazon Connect invokes. Connect waits at most 8 s for a synchronous
 * invocation (https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html),
 * so the function must give up before that.
 */
export const vanityLookup = defineFunction({
  name: 'vanity-lookup',
  entry: './handler.ts',
  timeoutSeconds: 7,
  memoryMB: 1024,
  runtime: 22,
  resourceGroupName: 'data',
});
