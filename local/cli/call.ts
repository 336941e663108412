import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { placeCall, TwinNotRunningError, twinUrl } from '../twin/twin-client';
import { exitQuietlyWhenStdoutCloses } from './closed-pipe';
import { EspeakMissingError, renderCallAudio } from './espeak-audio';

const USAGE = `Usage: npm run call -- NUMBER [--json] [--contact-id ID] [--audio FILE.wav]
  Places a simulated call from NUMBER through the contact flow on the running twin (npm start): NUMBER is
  the caller's own number, in digits (+18003569377), which the engine spells; it is passed on as Connect
  would pass the caller ID, so anything else is answered as an unreadable one.
  NUMBER "anonymous" or "" is a withheld caller ID. --json prints one object:
  {"contactId", "transcript", "voices", "attributes", "record"}; "voices" lists every voice the flow set
  ({"voice", "engine", "language"}). --audio renders what the caller heard to a WAV file with espeak-ng
  (Debian package espeak-ng), each prompt in its voice's language.`;

/** `npm run call`: one simulated phone call through the real flow, function and data API. */
async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'contact-id': { type: 'string' },
        audio: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // parseArgs's own advice (a positional starting with '-' after '--') fits no caller number: keep its first sentence.
    console.error(`${(error instanceof Error ? error.message : String(error)).split('. ')[0]}.\n\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1 || values.audio === '') {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const number = positionals[0] ?? '';
  const result = await placeCall(twinUrl(), number, values['contact-id'] ? { contactId: values['contact-id'] } : {});
  // Rendered before printing, so a missing espeak-ng fails the command rather than leaving half an answer.
  const audio = values.audio === undefined ? undefined : await renderCallAudio(result.run.transcript);
  if (audio !== undefined && values.audio !== undefined) await writeFile(values.audio, audio);
  if (values.json) {
    console.log(JSON.stringify({ contactId: result.contactId, transcript: result.transcript, voices: result.voices, attributes: result.attributes, record: result.record }));
    return;
  }
  console.log(`Call ${result.contactId} from ${number === '' ? '(withheld)' : number}\n\nThe caller hears:`);
  result.transcript.forEach((line, index) => console.log(`  ${String(index + 1).padStart(2)}. ${line}`));
  const voices = result.voices.map((voice) => `${voice.voice} (${voice.engine}, ${voice.language})`);
  console.log(`\nVoices: ${voices.length > 0 ? voices.join(', then ') : 'Joanna (standard, en-US), the default'}`);
  for (const invocation of result.run.invocations) {
    console.log(`\nLambda ${invocation.outcome} in ${Math.round(invocation.durationMs)} ms (${invocation.attempts} attempt${invocation.attempts > 1 ? 's' : ''})${invocation.error ? `: ${invocation.error}` : ''}`);
  }
  // The prompts the flow stores as attributes are the transcript above; the rest says what the flow decided.
  const decided = Object.fromEntries(Object.entries(result.attributes).filter(([key]) => !key.startsWith('prompt')));
  console.log(`\nContact attributes (besides the prompts): ${JSON.stringify(decided)}`);
  console.log(result.record ? `\nSaved record:\n${JSON.stringify(result.record, null, 2)}` : `\nNo record saved${result.recordError ? ` (${result.recordError})` : ''}.`);
  if (values.audio !== undefined) console.log(`\nAudio written to ${values.audio}`);
}

exitQuietlyWhenStdoutCloses();
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof TwinNotRunningError ? 3 : error instanceof EspeakMissingError ? 4 : 1);
});
