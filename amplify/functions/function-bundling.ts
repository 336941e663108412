import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';
import { readFunctionBundleConfig, type FunctionBundleConfig } from '../config';

/**
 * How a function is bundled: what Amplify's defineFunction does (one minified ESM file with the AWS SDK
 * inside, `require` defined for the CommonJS packages it pulls in), except that the source map is a
 * setting. defineFunction hard-codes `sourceMap: true` (@aws-amplify/backend-function 1.19.0,
 * lib/factory.js resolveBundling), which put a 6.9 MB map beside a 3.7 MB bundle in every deployment.
 */
export function functionBundling(config: FunctionBundleConfig): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    minify: true,
    sourceMap: config.sourceMap,
    bundleAwsSDK: true,
    // The ESM builds of the AWS SDK and Smithy, where a package has one: esbuild then keeps only what is
    // used, and a cold start evaluates less.
    mainFields: ['module', 'main'],
    // Bundled CommonJS packages call require() for Node's built-in modules; an ES module has none.
    banner: "import { createRequire as __foundryCreateRequire } from 'node:module'; const require = __foundryCreateRequire(import.meta.url);",
    loader: { '.node': 'file' },
  };
}

/**
 * One of the project's functions in Amplify's custom-function form: `handler` of `handler.ts` beside
 * `moduleUrl`, on Node.js 22, bundled by functionBundling with the FUNCTION_SOURCE_MAP setting.
 */
export function bundledFunction(scope: Construct, id: string, moduleUrl: string, { timeoutSeconds, memorySize }: { timeoutSeconds: number; memorySize: number }): NodejsFunction {
  return new NodejsFunction(scope, id, {
    entry: fileURLToPath(new URL('./handler.ts', moduleUrl)),
    handler: 'handler',
    runtime: Runtime.NODEJS_22_X,
    timeout: Duration.seconds(timeoutSeconds),
    memorySize,
    bundling: functionBundling(readFunctionBundleConfig(process.env)),
  });
}
