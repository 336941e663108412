import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { env } from '$amplify/env/call-save-drain';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAmplifyCallWriter } from '../vanity-lookup/amplify-call-writer';
import { createDynamoCallTally, withTally } from '../vanity-lookup/call-tally';
import { createDataClient } from '../vanity-lookup/data-client';
import { createJsonLogger } from '../vanity-lookup/logger';
import { reuseUntilFailure } from '../vanity-lookup/shared-setup';
import { readTallyTables } from '../vanity-lookup/tally-tables';
import { drainBatch } from './drain-batch';

const logger = createJsonLogger();

// A hung configuration fails the batch's saves (they return to the queue) instead of the whole timeout.
const client = reuseUntilFailure(() => createDataClient(env), { timeoutMs: 2_500, label: 'data client setup' });

// The same writer as the lookup's: a replayed call is created, then counted, exactly once.
const writer = withTally(createAmplifyCallWriter(client), createDynamoCallTally(new DynamoDBClient({}), () => readTallyTables(env)));

/** Entry point the SQS event source mapping invokes with a batch of queued calls. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => drainBatch(event, { writer, logger, now: () => new Date() });
