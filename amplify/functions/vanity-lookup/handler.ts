import type { ConnectContactFlowEvent, ConnectContactFlowResult } from 'aws-lambda';
import { env } from '$amplify/env/vanity-lookup';
import { generateVanityNumbers } from '../../engine';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAmplifyCallWriter } from './amplify-call-writer';
import { createDynamoCallTally, withTally } from './call-tally';
import { createHandler } from './create-handler';
import { createDataClient } from './data-client';
import { createJsonLogger } from './logger';
import { readRuntimeConfig } from './runtime-config';
import { reuseUntilFailure } from './shared-setup';
import { readTallyTables } from './tally-tables';

const logger = createJsonLogger();

// Under the 2.5 s save budget, so a save waiting on a hung configuration fails with a clear error,
// and the next invocation starts the configuration again instead of waiting on the hung one.
const DATA_CLIENT_SETUP_TIMEOUT_MS = 2_000;

// Started at cold start to overlap the S3 fetch with initialisation, but awaited per save, so a slow,
// failed or hung configuration costs that save (and is retried by the next one), never the call.
const client = reuseUntilFailure(() => createDataClient(env), { timeoutMs: DATA_CLIENT_SETUP_TIMEOUT_MS, label: 'data client setup' });
client().catch((error: unknown) => logger.error('data client not configured', { error: String(error) }));

const lookup = createHandler({
  generate: generateVanityNumbers,
  // Saved through AppSync (so the dashboard sees it live), then counted straight in DynamoDB.
  writer: withTally(createAmplifyCallWriter(client), createDynamoCallTally(new DynamoDBClient({}), () => readTallyTables(env))),
  logger,
  now: () => new Date(),
  retentionDays: readRuntimeConfig(env).retentionDays,
});

/** Entry point Amazon Connect invokes through the contact flow. */
export const handler = (event: ConnectContactFlowEvent): Promise<ConnectContactFlowResult> => lookup(event);
