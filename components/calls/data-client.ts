import { generateClient } from 'aws-amplify/data';
import type { Schema } from '@/amplify/data/resource';

let client: ReturnType<typeof generateClient<Schema>> | null = null;

/** The generated data client, created on first use so it sees the configuration made at start-up. */
export function dataClient(): ReturnType<typeof generateClient<Schema>> {
  client ??= generateClient<Schema>({ authMode: 'userPool' });
  return client;
}

/** Turns GraphQL errors into one Error, so callers handle failed requests in one place. */
export function throwOnErrors(errors: readonly { message: string }[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
}

/** A message that tells a supervisor what went wrong without a stack trace. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/network|fetch|unknown error|ECONNREFUSED/i.test(text)) {
    return 'The calls backend cannot be reached right now.';
  }
  return text;
}
