import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Stack, type AssemblyFiles, type StackResource } from './stack';

interface Manifest {
  artifacts?: Record<string, { type?: string; properties?: { templateFile?: string } }>;
}

interface AssetManifest {
  files?: Record<string, { source?: { path?: string }; destinations?: Record<string, { objectKey?: string }> }>;
}

/** A synthesised cloud assembly (cdk.out) with every stack's intrinsics resolvable locally. */
export interface CloudAssembly {
  readonly dir: string;
  readonly stacks: Stack[];
  /** Every resource of every stack, nested ones included. */
  resources(): StackResource[];
  /** The local file (or unzipped directory) behind an s3:// URL or object key a template names. */
  assetPath(s3UrlOrKey: string): string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function assetIndex(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.assets.json'))) {
    for (const asset of Object.values(readJson<AssetManifest>(path.join(dir, file)).files ?? {})) {
      const source = asset.source?.path;
      if (!source) continue;
      for (const destination of Object.values(asset.destinations ?? {})) {
        if (destination.objectKey) index.set(destination.objectKey, path.join(dir, source));
      }
    }
  }
  return index;
}

/** Reads cdk.out: the manifest's stacks, their nested stacks and the asset map. */
export function loadAssembly(dir: string): CloudAssembly {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No cloud assembly at ${dir} (manifest.json missing): synthesise first`);
  const assets = assetIndex(dir);
  const files: AssemblyFiles = {
    dir,
    assetPath(objectKey) {
      const found = assets.get(objectKey);
      if (!found) throw new Error(`The cloud assembly at ${dir} has no asset for ${objectKey}`);
      return found;
    },
  };
  const stacks = Object.values(readJson<Manifest>(manifestFile).artifacts ?? {})
    .filter((artifact) => artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile)
    .map((artifact) => new Stack(files, artifact.properties?.templateFile ?? '', {}));
  if (stacks.length === 0) throw new Error(`The cloud assembly at ${dir} holds no stack`);
  const all = stacks.flatMap((stack) => stack.allStacks());
  return {
    dir,
    stacks,
    resources: () => all.flatMap((stack) => stack.resources()),
    assetPath: (s3UrlOrKey) => files.assetPath(s3UrlOrKey.slice(s3UrlOrKey.lastIndexOf('/') + 1)),
  };
}
