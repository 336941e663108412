import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foreignOutputsReason, writeOutputsFile } from '../../../../local/twin/outputs-file';

const TWIN_OUTPUTS = { version: '1.4', data: { url: 'http://127.0.0.1:20002/graphql' } };
const SANDBOX_OUTPUTS = { version: '1.4', data: { url: 'https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql' } };
const roots: string[] = [];

function repository(existing: string | undefined): string {
  const root = mkdtempSync(path.join(tmpdir(), 'twin-outputs-'));
  roots.push(root);
  if (existing !== undefined) writeFileSync(path.join(root, 'amplify_outputs.json'), existing);
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('foreignOutputsReason', () => {
  it.each([
    ['http://127.0.0.1:20002/graphql', undefined],
    ['http://localhost:20002/graphql', undefined],
    ['http://[::1]:20002/graphql', undefined],
    ['https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql', 'its data.url is https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql'],
    ['http://127.0.0.1.evil.example/graphql', 'its data.url is http://127.0.0.1.evil.example/graphql'],
    // The dashboard only treats plain-HTTP loopback as local; the twin agrees.
    ['https://localhost:20002/graphql', 'its data.url is https://localhost:20002/graphql'],
    ['not a url', 'its data.url "not a url" is not a URL'],
  ])('data.url %s', (url, expected) => {
    expect(foreignOutputsReason(JSON.stringify({ data: { url } }))).toBe(expected);
  });

  it.each([
    ['{', 'it is not valid JSON'],
    ['{"version":"1.4"}', 'it has no data.url'],
    ['null', 'it has no data.url'],
  ])('%s', (text, expected) => {
    expect(foreignOutputsReason(text)).toBe(expected);
  });
});

describe('writeOutputsFile', () => {
  it.each([
    ['absent', undefined],
    ['the twin’s own', JSON.stringify(TWIN_OUTPUTS)],
  ])('writes the repository file when it is %s', (_name, existing) => {
    const root = repository(existing);
    const written = writeOutputsFile(root, path.join(root, '.local'), { data: { url: 'http://127.0.0.1:1/graphql' } });
    expect(written).toEqual({ file: path.join(root, 'amplify_outputs.json') });
    expect(JSON.parse(readFileSync(written.file, 'utf8'))).toEqual({ data: { url: 'http://127.0.0.1:1/graphql' } });
    expect(existsSync(path.join(root, '.local'))).toBe(false);
  });

  it.each([
    ['a real sandbox’s', JSON.stringify(SANDBOX_OUTPUTS)],
    ['unreadable', '{ half written'],
  ])('keeps the repository file when it is %s and writes .local/amplify_outputs.json', (_name, existing) => {
    const root = repository(existing);
    const written = writeOutputsFile(root, path.join(root, '.local'), TWIN_OUTPUTS);
    expect(written.file).toBe(path.join(root, '.local', 'amplify_outputs.json'));
    expect(written.keptExisting).toBeTruthy();
    expect(readFileSync(path.join(root, 'amplify_outputs.json'), 'utf8')).toBe(existing);
    expect(JSON.parse(readFileSync(written.file, 'utf8'))).toEqual(TWIN_OUTPUTS);
  });
});
