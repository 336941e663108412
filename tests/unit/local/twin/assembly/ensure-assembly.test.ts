import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../../../local/twin/assembly/ensure-assembly';

const BUILT = new Date('2026-01-01T12:00:00Z');
const BEFORE = new Date('2026-01-01T11:00:00Z');
const AFTER = new Date('2026-01-01T13:00:00Z');
const roots: string[] = [];

/** A repository with a synthesised assembly and source files dated before or after it. */
function repository(dates: Record<string, Date>, withManifest = true): { root: string; assembly: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'twin-stale-'));
  roots.push(root);
  const assembly = path.join(root, '.local', 'cdk.out');
  mkdirSync(assembly, { recursive: true });
  if (withManifest) {
    writeFileSync(path.join(assembly, 'manifest.json'), '{}');
    utimesSync(path.join(assembly, 'manifest.json'), BUILT, BUILT);
  }
  for (const [file, date] of Object.entries(dates)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), date, date);
  }
  return { root, assembly };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('staleReason', () => {
  it.each([
    ['nothing changed', { 'amplify/backend.ts': BEFORE, 'flows/flow.json': BEFORE, 'package-lock.json': BEFORE }, undefined],
    ['no package-lock.json', { 'amplify/backend.ts': BEFORE }, undefined],
    ['amplify/ changed', { 'amplify/data/resource.ts': AFTER, 'package-lock.json': BEFORE }, 'amplify/ changed since the last synthesis'],
    ['flows/ changed', { 'amplify/backend.ts': BEFORE, 'flows/flow.json': AFTER }, 'flows/ changed since the last synthesis'],
    ['a library was upgraded', { 'amplify/backend.ts': BEFORE, 'package-lock.json': AFTER }, 'package-lock.json changed since the last synthesis'],
  ])('%s', (_name, dates, expected) => {
    const { root, assembly } = repository(dates);
    expect(staleReason(assembly, root)).toBe(expected);
  });

  it('asks for a synthesis when an interrupted one left no manifest.json', () => {
    const { root, assembly } = repository({ 'amplify/backend.ts': BEFORE }, false);
    expect(staleReason(assembly, root)).toBe('no cloud assembly yet');
  });
});
