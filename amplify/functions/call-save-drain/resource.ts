import { fileURLToPath } from 'node:url';
import { defineFunction } from '@aws-amplify/backend';
import { Duration } from 'aws-cdk-lib';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { readFunctionBundleConfig } from '../../config';
import { functionBundling } from '../function-bundling';

/**
 * Saves the calls the lookup function queued because the data store did not answer in time. SQS
 * invokes it through an event source mapping (amplify/custom/call-save-queue), in batches.
 *
 * The same custom-function form as vanity-lookup (see its resource.ts): the bundle's source map is the
 * FUNCTION_SOURCE_MAP setting, and backend.ts sets the data endpoint, so no SSM read runs at cold start.
 */
export const callSaveDrain = defineFunction(
  (scope) =>
    new NodejsFunction(scope, 'call-save-drain', {
      entry: fileURLToPath(new URL('./handler.ts', import.meta.url)),
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      // A batch of ten saves runs in parallel, each bounded by DRAIN_SAVE_BUDGET_MS; the queue's
      // visibility timeout is six times this (the Lambda developer guide's advice for SQS sources), so a
      // call that failed is tried again half a minute later.
      timeout: Duration.seconds(5),
      memorySize: 256,
      bundling: functionBundling(readFunctionBundleConfig(process.env)),
    }),
  { resourceGroupName: 'data' },
);
