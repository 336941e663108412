import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { env } from '$amplify/env/call-save-drain';
import { createAmplifyCallWriter } from '../vanity-lookup/amplify-call-writer';
import { createDataClient } from '../vanity-lookup/data-client';
import { createJsonLogger } from '../vanity-lookup/logger';
import { reuseUntilFailure } from '../vanity-lookup/shared-setup';
import { drainBatch } from './drain-batch';

const logger = createJsonLogger();

// A hung configuration fails the batch's saves (they return to the queue) instead of the whole timeout.
const client = reuseUntilFailure(() => createDataClient(env), { timeoutMs: 2_500, label: 'data client setup' });

const writer = createAmplifyCallWriter(client);

/** Entry point the SQS event source mapping invokes with a batch of queued calls. */
export const handler = (event: SQSEvent): Promise<SQSBatchResponse> => drainBatch(event, { writer, logger, now: () => new Date() });
