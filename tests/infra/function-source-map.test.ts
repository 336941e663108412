import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lookupFunctionAssetFiles, synthesizeInProcess, type SynthesizedBackend } from './synthesize-in-process';

let synth: SynthesizedBackend;

beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  synth = await synthesizeInProcess({ CONNECT_INSTANCE_ARN: undefined, CONNECT_PHONE_NUMBER_ID: undefined, FUNCTION_SOURCE_MAP: 'true' });
  warn.mockRestore();
});

describe('FUNCTION_SOURCE_MAP=true', () => {
  it('ships the source map beside the lookup function bundle', () => {
    const files = lookupFunctionAssetFiles(synth);
    expect([...files.keys()].sort()).toEqual(['index.mjs', 'index.mjs.map']);
    // A real map of the bundle: larger than the minified code it maps.
    expect(files.get('index.mjs.map') ?? 0).toBeGreaterThan(files.get('index.mjs') ?? 0);
  });
});
