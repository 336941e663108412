import { defineFunction } from '@aws-amplify/backend';
import { bundledFunction } from '../function-bundling';

/**
 * The function Amazon Connect invokes. Connect waits at most 8 s for a synchronous
 * invocation (https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html),
 * so the function must give up before that.
 *
 * Amplify's custom-function form (defineFunction with a CDK function), so that the bundle's source map
 * is a setting (FUNCTION_SOURCE_MAP, see functionBundling); Amplify still wires its data access,
 * environment (addEnvironment, allow.resource) and outputs. What that form leaves out: the generated
 * `$amplify/env/vanity-lookup` types (the handler reads process.env) and the banner that resolves
 * `secret()` values at start-up (the function takes no secrets).
 */
export const vanityLookup = defineFunction(
  (scope) => bundledFunction(scope, 'vanity-lookup', import.meta.url, { timeoutSeconds: 7, memorySize: 1024 }),
  { resourceGroupName: 'data' },
);
