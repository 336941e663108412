import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../local/cli/call.ts', import.meta.url));

// Bad arguments are refused before the twin is asked anything, so these run with no twin.
describe('npm run call with bad arguments', () => {
  it.each([
    [['--foo', '+18003569377'], /^Unknown option '--foo'\.\n\nUsage: /],
    [[], /^Usage: /],
    [['+18003569377', '+14157236683'], /^Usage: /],
  ])('%j prints what is wrong and the usage, and exits 2', (args, expected) => {
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(expected);
    expect(stderr).not.toContain('positional argument');
  });
});
