import type { FunctionHost } from '../lambda/function-host';
import type { RecordReader } from '../record-reader';
import type { DeployedFlow } from './flow-source';
import { runFlow, type FlowRun, type VoiceChange } from './interpreter';
import { describeError } from '../../../amplify/functions/vanity-lookup/logger';

/** What `npm run call` and the dashboard's test-call panel get back. */
export interface CallResult {
  readonly contactId: string;
  /** What the caller heard, in order, as plain text. */
  readonly transcript: string[];
  /** Every voice the flow set, in order: the Polly voice, its engine and its language. */
  readonly voices: VoiceChange[];
  readonly attributes: Record<string, string>;
  /** The saved call as the data API returns it; null when it was not saved. */
  readonly record: Record<string, unknown> | null;
  /** Why the record could not be read (e.g. the data store is stopped). */
  readonly recordError?: string;
  readonly run: FlowRun;
}

/** A simulated inbound call. */
export interface CallRequest {
  /** The caller's number; "" or undefined means the network sent none (withheld). */
  readonly number?: string;
  readonly contactId?: string;
  readonly systemNumber?: string;
  /** Read the saved record back through the data API (default true; load tests check afterwards instead). */
  readonly readRecord?: boolean;
}

/** The number callers dial locally; any number works, there is no phone network. */
const LOCAL_SYSTEM_NUMBER = '+18005550199';

/** The local Amazon Connect instance: runs the deployed flow and invokes local functions by ARN. */
export interface LocalConnect {
  readonly flow: DeployedFlow;
  placeCall(request: CallRequest): Promise<CallResult>;
}

/** Wires the flow to the function hosts (by ARN, as Connect invokes them) and to the data API for the saved record. */
export function createLocalConnect(flow: DeployedFlow, functions: FunctionHost[], records: RecordReader, region: string): LocalConnect {
  const byArn = new Map(functions.map((host) => [host.definition.arn, host]));
  return {
    flow,
    async placeCall(request) {
      const run = await runFlow(
        flow.flow,
        {
          customerNumber: request.number === undefined || request.number === '' ? undefined : request.number,
          systemNumber: request.systemNumber ?? LOCAL_SYSTEM_NUMBER,
          instanceArn: flow.instanceArn,
          region,
          ...(request.contactId ? { contactId: request.contactId } : {}),
        },
        async (arn, event) => {
          const host = byArn.get(arn);
          if (!host) throw new Error(`Function not found: ${arn} (not a function of this backend)`);
          return host.invoke(event);
        },
      );
      const base = { contactId: run.contactId, transcript: run.transcript.map((u) => u.text), voices: run.voices, attributes: run.attributes, run };
      if (request.readRecord === false) return { ...base, record: null };
      try {
        return { ...base, record: await records.get(run.contactId) };
      } catch (error) {
        // The store may be down (a scenario worth testing): the call still happened, so report both.
        return { ...base, record: null, recordError: error instanceof Error ? error.message : describeError(error) };
      }
    },
  };
}
