import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadOutputs } from '@/components/amplify/load-outputs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'outputs-'));
const file = path.join(dir, 'amplify_outputs.json');
const valid = {
  auth: { aws_region: 'eu-west-2', user_pool_id: 'eu-west-2_abc', user_pool_client_id: 'client' },
  data: { aws_region: 'eu-west-2', url: 'https://abc.appsync-api.eu-west-2.amazonaws.com/graphql' },
};

afterEach(() => {
  delete process.env.AMPLIFY_OUTPUTS;
  rmSync(file, { force: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadOutputs', () => {
  it('reads the file named by AMPLIFY_OUTPUTS', async () => {
    writeFileSync(file, JSON.stringify(valid));
    process.env.AMPLIFY_OUTPUTS = file;
    const loaded = await loadOutputs();
    expect(loaded).toEqual({ ok: true, outputs: valid, summary: { region: 'eu-west-2', dataUrl: valid.data.url, local: null } });
  });

  it.each([
    ['a missing file', null, /was not found\. Start the local twin with `npm start`/],
    ['broken JSON', '{"auth":', /cannot be used: .*JSON/],
    ['no data API', JSON.stringify({ auth: valid.auth }), /cannot be used: .*data\.url/],
  ])('explains %s', async (_name, content, message) => {
    if (content !== null) writeFileSync(file, content);
    process.env.AMPLIFY_OUTPUTS = file;
    const loaded = await loadOutputs();
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toMatch(message);
  });
});
