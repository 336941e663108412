import { beforeAll, describe, expect, it, vi } from 'vitest';
import { functionAssetFiles, synthesizeInProcess, type SynthesizedBackend } from './synthesize-in-process';

let synth: SynthesizedBackend;

beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  synth = await synthesizeInProcess({ CONNECT_INSTANCE_ARN: undefined, CONNECT_PHONE_NUMBER_ID: undefined, FUNCTION_SOURCE_MAP: 'true' });
  warn.mockRestore();
});

describe('FUNCTION_SOURCE_MAP=true', () => {
  it.each(['vanityLookup', 'callSaveDrain'] as const)('ships the source map beside the %s bundle', (name) => {
    const files = functionAssetFiles(synth, name);
    expect([...files.keys()].sort()).toEqual(['index.mjs', 'index.mjs.map']);
    // A real map of the bundle: larger than the minified code it maps.
    expect(files.get('index.mjs.map') ?? 0).toBeGreaterThan(files.get('index.mjs') ?? 0);
  });
});
