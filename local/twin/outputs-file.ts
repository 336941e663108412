import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLocalUrl } from '../../components/amplify/outputs';

/** Where the twin wrote its amplify_outputs.json, and why there. */
export interface OutputsFile {
  readonly file: string;
  /** Set when the repository's own file was left alone (it holds another backend's config). */
  readonly keptExisting?: string;
}

/** Why an amplify_outputs.json is not the twin's own, or undefined when the twin wrote it (data.url on a loopback address). */
export function foreignOutputsReason(text: string): string | undefined {
  let url: unknown;
  try {
    const parsed: unknown = JSON.parse(text);
    url = typeof parsed === 'object' && parsed !== null ? (parsed as { data?: { url?: unknown } }).data?.url : undefined;
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof url !== 'string') return 'it has no data.url';
  if (!URL.canParse(url)) return `its data.url "${url}" is not a URL`;
  // The dashboard's own test of a local backend, so the twin and the dashboard agree whose file it is.
  return isLocalUrl(url) ? undefined : `its data.url is ${url}`;
}

/**
 * Writes the twin's config to the repository's amplify_outputs.json when that file is absent or
 * the twin's own; when it holds another backend's config (a real sandbox's, say) it is kept and the
 * config goes to <localDir>/amplify_outputs.json instead, for the dashboard to read through AMPLIFY_OUTPUTS.
 */
export function writeOutputsFile(root: string, localDir: string, outputs: unknown): OutputsFile {
  const text = `${JSON.stringify(outputs, null, 2)}\n`;
  const rootFile = path.join(root, 'amplify_outputs.json');
  const reason = existsSync(rootFile) ? foreignOutputsReason(readFileSync(rootFile, 'utf8')) : undefined;
  if (reason === undefined) {
    writeFileSync(rootFile, text);
    return { file: rootFile };
  }
  mkdirSync(localDir, { recursive: true });
  const file = path.join(localDir, 'amplify_outputs.json');
  writeFileSync(file, text);
  return { file, keptExisting: reason };
}
