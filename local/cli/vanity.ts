import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isSupportedCountry } from 'libphonenumber-js/min';
import { generateVanityNumbers, InvalidPhoneNumberError, type VanityResult } from '../../amplify/engine';
import { exitQuietlyWhenStdoutCloses } from './closed-pipe';

const USAGE = `Usage: npm run vanity -- [--json] [--country CC] [--limit N] [NUMBER ...]

Prints the best vanity numbers for each phone NUMBER, best first.
With no NUMBER, reads numbers from standard input, one per line (batch mode).

  --json          one JSON object per input line:
                  {"input","e164","vanityNumbers"} or {"input","error"}
  --country CC    country for numbers written without +, ISO alpha-2 (default US)
  --limit N       how many vanity numbers per number (default 5)
  -h, --help      show this help

Exit status: 0 when every input was a phone number, 1 when any was not, 2 on bad options.`;

interface Options {
  json: boolean;
  defaultCountry: string;
  limit: number;
}

/** The CLI's output for one input line, and whether the input was a usable number. */
interface Outcome {
  text: string;
  ok: boolean;
}

function run(input: string, options: Options): Outcome {
  let result: VanityResult;
  try {
    result = generateVanityNumbers(input, { limit: options.limit, defaultCountry: options.defaultCountry });
  } catch (error) {
    if (!(error instanceof InvalidPhoneNumberError)) throw error;
    const text = options.json ? JSON.stringify({ input, error: error.message }) : `${input}\n  error: ${error.message}\n`;
    return { text, ok: false };
  }
  if (options.json) {
    return { text: JSON.stringify({ input, e164: result.e164, vanityNumbers: result.vanityNumbers }), ok: true };
  }
  const where = result.country ? ` (${result.country})` : '';
  const lines = result.candidates.map(({ text, parts }, rank) => {
    // A last word that runs past the number is dialled short but said whole.
    const said = parts.find((part) => part.fullWord !== undefined)?.fullWord;
    return `  ${rank + 1}. ${text}${said ? ` (says ${said})` : ''}`;
  });
  return { text: [`${result.e164}${where}`, ...lines, ''].join('\n'), ok: true };
}

function parseOptions(): { options: Options; numbers: string[] } | undefined {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      country: { type: 'string', default: 'US' },
      limit: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`--limit must be a positive integer, got "${values.limit}"`);
  const defaultCountry = values.country.toUpperCase();
  if (!isSupportedCountry(defaultCountry)) throw new RangeError(`--country must be an ISO alpha-2 country code, got "${values.country}"`);
  return { options: { json: values.json, defaultCountry, limit }, numbers: positionals };
}

// Batch output is buffered so thousands of numbers cost a handful of writes, not one per line.
class Output {
  private chunks: string[] = [];

  add(text: string): void {
    this.chunks.push(text);
    if (this.chunks.length >= 1000) this.flush();
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    process.stdout.write(`${this.chunks.join('\n')}\n`);
    this.chunks = [];
  }
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (!parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { options, numbers } = parsed;
  const output = new Output();
  let allOk = true;
  const handle = (input: string): void => {
    const outcome = run(input, options);
    allOk &&= outcome.ok;
    output.add(outcome.text);
  };
  if (numbers.length > 0) {
    numbers.forEach(handle);
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) handle(line);
  }
  output.flush();
  return allOk ? 0 : 1;
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
exitQuietlyWhenStdoutCloses();
process.exitCode = await main();
