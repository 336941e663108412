import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { FunctionBundleConfig } from '../config';

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
