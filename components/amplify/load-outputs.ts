import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputsError, summariseOutputs, type OutputsSummary } from './outputs';

/** amplify_outputs.json parsed and checked, or why it could not be. */
export type LoadedOutputs =
  | { ok: true; outputs: object; summary: OutputsSummary }
  | { ok: false; message: string };

/** Where the outputs live: AMPLIFY_OUTPUTS when set (tests use a private copy), else the app root. */
function outputsPath(): string {
  return process.env.AMPLIFY_OUTPUTS ?? path.join(process.cwd(), 'amplify_outputs.json');
}

/**
 * Reads amplify_outputs.json on every request rather than at build time: the local twin writes it
 * when it starts, with ports it picks then, and one build must serve the twin and AWS alike.
 */
export async function loadOutputs(): Promise<LoadedOutputs> {
  const file = outputsPath();
  let text: string;
  try {
    // The file is written at run time (by the twin or by `ampx generate outputs`), never bundled.
    text = await readFile(/*turbopackIgnore: true*/ file, 'utf8');
  } catch {
    return {
      ok: false,
      message: `${file} was not found. Start the local twin with \`npm start\`, or fetch a deployed backend's outputs with \`npx ampx generate outputs\`.`,
    };
  }
  try {
    const outputs: unknown = JSON.parse(text);
    const summary = summariseOutputs(outputs);
    if (typeof outputs !== 'object' || outputs === null) throw new OutputsError('not a JSON object.');
    return { ok: true, outputs, summary };
  } catch (error) {
    const reason = error instanceof OutputsError || error instanceof SyntaxError ? error.message : String(error);
    return { ok: false, message: `${file} cannot be used: ${reason}` };
  }
}
