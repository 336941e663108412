import { parseArgs } from 'node:util';
import { placeCall, TwinNotRunningError, twinUrl } from '../twin/twin-client';
import { exitQuietlyWhenStdoutCloses } from './closed-pipe';

const USAGE = `Usage: npm run call -- NUMBER [--json] [--contact-id ID]
  Places a simulated call from NUMBER through the contact flow on the running twin (npm start).
  NUMBER "anonymous" or "" is a withheld caller ID. --json prints one object:
  {"contactId", "transcript", "attributes", "record"}.`;

/** `npm run call`: one simulated phone call through the real flow, function and data API. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'contact-id': { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const number = positionals[0] ?? '';
  const result = await placeCall(twinUrl(), number, values['contact-id'] ? { contactId: values['contact-id'] } : {});
  if (values.json) {
    console.log(JSON.stringify({ contactId: result.contactId, transcript: result.transcript, attributes: result.attributes, record: result.record }));
    return;
  }
  console.log(`Call ${result.contactId} from ${number === '' ? '(withheld)' : number}\n\nThe caller hears:`);
  result.transcript.forEach((line, index) => console.log(`  ${String(index + 1).padStart(2)}. ${line}`));
  for (const invocation of result.run.invocations) {
    console.log(`\nLambda ${invocation.outcome} in ${Math.round(invocation.durationMs)} ms (${invocation.attempts} attempt${invocation.attempts > 1 ? 's' : ''})${invocation.error ? `: ${invocation.error}` : ''}`);
  }
  console.log(`\nContact attributes: ${JSON.stringify(result.attributes)}`);
  console.log(result.record ? `\nSaved record:\n${JSON.stringify(result.record, null, 2)}` : `\nNo record saved${result.recordError ? ` (${result.recordError})` : ''}.`);
}

exitQuietlyWhenStdoutCloses();
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof TwinNotRunningError ? 3 : 1);
});
