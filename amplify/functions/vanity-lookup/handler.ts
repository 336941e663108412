import type { ConnectContactFlowEvent, ConnectContactFlowResult } from 'aws-lambda';
import { generateVanityNumbers } from '../../engine';
import { createAmplifyCallWriter } from './amplify-call-writer';
import { createDynamoCallTally, createDynamoTransactionSender, withTally } from './call-tally';
import { createHandler, DEFAULT_QUEUE_BUDGET_MS } from './create-handler';
import { createDataClient } from './data-client';
import { createJsonLogger, describeError } from './logger';
import { readRuntimeConfig } from './runtime-config';
import { createSqsSaveQueue, readSaveQueueUrl } from './save-queue';
import { reuseUntilFailure } from './shared-setup';
import { readTallyTables } from './tally-tables';

// The environment Lambda and the backend give the function (see resource.ts: Amplify's custom-function
// form generates no typed `$amplify/env` module); each reader checks the variables it needs.
const env = process.env;

const logger = createJsonLogger();

// Under the 2.5 s save budget, so a save waiting on a hung configuration fails with a clear error,
// and the next invocation starts the configuration again instead of waiting on the hung one.
const DATA_CLIENT_SETUP_TIMEOUT_MS = 2_000;

// Started at cold start, but awaited per save, so a failed or hung configuration costs that save
// (and is retried by the next one), never the call.
const client = reuseUntilFailure(() => createDataClient(env), { timeoutMs: DATA_CLIENT_SETUP_TIMEOUT_MS, label: 'data client setup' });
client().catch((error: unknown) => logger.error('data client not configured', { error: describeError(error) }));

const queueUrl = readSaveQueueUrl(env);

const lookup = createHandler({
  generate: generateVanityNumbers,
  // Saved through AppSync (so the dashboard sees it live), then counted straight in DynamoDB.
  writer: withTally(createAmplifyCallWriter(client), createDynamoCallTally(createDynamoTransactionSender(env), () => readTallyTables(env))),
  logger,
  now: () => new Date(),
  retentionDays: readRuntimeConfig(env).retentionDays,
  ...(queueUrl === undefined ? {} : { queue: createSqsSaveQueue(queueUrl, DEFAULT_QUEUE_BUDGET_MS, env) }),
});

/** Entry point Amazon Connect invokes through the contact flow. */
export const handler = (event: ConnectContactFlowEvent): Promise<ConnectContactFlowResult> => lookup(event);
