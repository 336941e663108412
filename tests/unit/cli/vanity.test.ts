import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../local/cli/vanity.ts', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function vanity(args: readonly string[], stdin?: string): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    input: stdin ?? '',
  });
  return { status, stdout, stderr };
}

function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

describe('vanity --json', () => {
  it('prints one JSON object per number, best first, and exits 0', () => {
    const run = vanity(['--json', '+18003569377', '(800) 468-5865']);
    expect(run.status).toBe(0);
    const [flowers, junk] = jsonLines(run.stdout) as { input: string; e164: string; vanityNumbers: string[] }[];
    expect(flowers).toEqual({ input: '+18003569377', e164: '+18003569377', vanityNumbers: expect.any(Array) });
    expect(flowers?.vanityNumbers[0]).toBe('1-800-FLOWERS');
    expect(flowers?.vanityNumbers.length).toBeLessThanOrEqual(5);
    expect(junk?.e164).toBe('+18004685865');
    expect(junk?.vanityNumbers[0]).toBe('1-800-GOT-JUNK');
  });

  it('gives every input a line, reports bad ones as {input, error} and exits 1', () => {
    const run = vanity(['--json', '+18003569377', 'hello', '+44 12']);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout) as Record<string, unknown>[];
    expect(lines.map((line) => line.input)).toEqual(['+18003569377', 'hello', '+44 12']);
    expect(Object.keys(lines[1] ?? {})).toEqual(['input', 'error']);
    expect(lines[1]?.error).toMatch(/contains letters/);
    expect(lines[2]?.error).toMatch(/too short/);
  });

  it('reads numbers from standard input, one per line, when none are given', () => {
    const numbers = ['+18003569377', '', '020 7946 0958', '+1 800 273 8255', 'not a number'];
    const run = vanity(['--json', '--country', 'GB'], `${numbers.join('\n')}\r\n`);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout) as Record<string, unknown>[];
    expect(lines.map((line) => line.input)).toEqual(numbers);
    expect(lines.map((line) => ('error' in line ? 'error' : line.e164))).toEqual([
      '+18003569377',
      'error',
      '+442079460958',
      '+18002738255',
      'error',
    ]);
  });

  it('handles a thousand numbers in one process, stdout holding only JSON', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => `+1800555${String(i).padStart(4, '0')}`);
    const run = vanity(['--json'], numbers.join('\n'));
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout) as { input: string }[];
    expect(lines.map((line) => line.input)).toEqual(numbers);
  });
});

describe('vanity for people', () => {
  it('prints the ranked numbers readably', () => {
    const run = vanity(['18004685865']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+18004685865 (US)');
    expect(run.stdout).toContain('1. 1-800-GOT-JUNK');
  });

  it('names the whole word when the last word runs past the number, but keeps --json dial-exact', () => {
    expect(vanity(['18006288737']).stdout).toMatch(/\d\. 1-800-MATTRES \(says MATTRESS\)\n/);
    expect(vanity(['--json', '18006288737']).stdout).toContain('"1-800-MATTRES"');
  });

  it.each([
    [['--help'], 0, /Usage: npm run vanity/],
    [['--limit', '0', '1'], 2, /--limit must be a positive integer/],
    [['--country', 'XX', '1'], 2, /--country must be an ISO alpha-2/],
    [['--bogus'], 2, /Unknown option/],
  ])('%j exits %i', (args, status, message) => {
    const run = vanity(args);
    expect(run.status).toBe(status);
    expect(run.stdout + run.stderr).toMatch(message);
  });
});

describe('vanity when its reader stops early', () => {
  it('exits quietly, like a Unix tool piped into head', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The CLI stops reading once its reader is gone, so the rest of this input meets a closed pipe too.
    child.stdin.on('error', () => undefined);
    // Enough numbers that output is still being written when the reader goes away.
    child.stdin.end(Array.from({ length: 20_000 }, (_, i) => `+1800${String(3_000_000 + i)}`).join('\n'));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(status).toBe(0);
  });
});
