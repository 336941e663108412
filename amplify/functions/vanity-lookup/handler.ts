import type { ConnectContactFlowEvent, ConnectContactFlowResult } from 'aws-lambda';
import { env } from '$amplify/env/vanity-lookup';
import { generateVanityNumbers } from '../../engine';
import { createAmplifyCallWriter } from './amplify-call-writer';
import { createHandler } from './create-handler';
import { createDataClient, reuseUntilFailure } from './data-client';
import { createJsonLogger } from './logger';
import { readRuntimeConfig } from './runtime-config';

const logger = createJsonLogger();

// Started at cold start to overlap the S3 fetch with initialisation, but awaited per save, so a slow
// or failed configuration costs that save (and is retried by the next one), never the call.
const client = reuseUntilFailure(() => createDataClient(env));
client().catch((error: unknown) => logger.error('data client not configured', { error: String(error) }));

const lookup = createHandler({
  generate: generateVanityNumbers,
  writer: createAmplifyCallWriter(client),
  logger,
  now: () => new Date(),
  retentionDays: readRuntimeConfig(env).retentionDays,
});

/** Entry point Amazon Connect invokes through the contact flow. */
export const handler = (event: ConnectContactFlowEvent): Promise<ConnectContactFlowResult> => lookup(event);
