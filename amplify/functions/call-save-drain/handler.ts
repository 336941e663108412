import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createAmplifyCallWriter } from '../vanity-lookup/amplify-call-writer';
import { createDynamoCallTally, createDynamoTransactionSender, withTally } from '../vanity-lookup/call-tally';
import { createDataClient } from '../vanity-lookup/data-client';
import { createJsonLogger } from '../vanity-lookup/logger';
import { reuseUntilFailure } from '../vanity-lookup/shared-setup';
import { readTallyTables } from '../vanity-lookup/tally-tables';
import { drainBatch } from './drain-batch';

// The environment Lambda and backend.ts give the function (a custom function: no generated
// `$amplify/env` module); each reader checks the variables it needs.
const env = process.env;

const logger = createJsonLogger();

// A hung configuration fails the batch's saves (they return to the queue) instead of the whole timeout.
const client = reuseUntilFailure(() => createDataClient(env), { timeoutMs: 2_500, label: 'data client setup' });

// The same writer as the lookup's: a replayed call is created, then counted, exactly once.
const writer = withTally(createAmplifyCallWriter(client), createDynamoCallTally(createDynamoTransactionSender(env), () => readTallyTables(env)));

/** Entry point the SQS event source mapping invokes with a batch of queued calls. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => drainBatch(event, { writer, logger, now: () => new Date() });
