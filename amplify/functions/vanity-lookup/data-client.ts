import { Amplify } from 'aws-amplify';
import { generateClient, type Client } from 'aws-amplify/data';
import { getAmplifyDataClientConfig } from '@aws-amplify/backend/function/runtime';
import type { Schema } from '../../data/resource';

/** The typed Amplify Data client the function writes with. */
export type VanityDataClient = Client<Schema>;

/** The environment the data client reads: the function's own, or the local twin's. */
export type DataClientEnv = Parameters<typeof getAmplifyDataClientConfig>[0];

/** The S3 client that fetches the model introspection schema; the local twin passes its own. */
export type IntrospectionS3Client = Parameters<typeof getAmplifyDataClientConfig>[1];

/**
 * Configures Amplify from the function's environment (the GraphQL endpoint and the model schema
 * Amplify stores in S3) and returns a client that signs requests with the function's IAM role.
 */
export async function createDataClient(env: DataClientEnv, s3Client?: IntrospectionS3Client): Promise<VanityDataClient> {
  const { resourceConfig, libraryOptions } = await getAmplifyDataClientConfig(env, s3Client);
  Amplify.configure(resourceConfig, libraryOptions);
  return generateClient<Schema>();
}
