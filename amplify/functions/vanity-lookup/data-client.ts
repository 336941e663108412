import type { VanityCallCreator } from './amplify-call-writer';
import { appSyncTargetFromEnv, createAppSyncCallCreator } from './appsync-call-creator';

/** The environment the data client reads: the function's own (Amplify's SSM banner has filled in the endpoint). */
export type DataClientEnv = Record<string, string | undefined>;

/**
 * The client the function records calls with: the data API's endpoint and the function's IAM
 * credentials, both from its environment. Async so a setup failure is a failed save (shared-setup.ts
 * retries it), not a crash at cold start.
 */
export async function createDataClient(env: DataClientEnv): Promise<VanityCallCreator> {
  return Promise.resolve(createAppSyncCallCreator(appSyncTargetFromEnv(env)));
}
