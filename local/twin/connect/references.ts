/** The contact data a flow can reference with `$.` paths while it runs. */
export interface ContactState {
  readonly contactId: string;
  readonly initialContactId: string;
  readonly channel: string;
  readonly instanceArn: string;
  readonly awsRegion: string;
  readonly customerEndpoint: { Address: string; Type: string } | null;
  readonly systemEndpoint: { Address: string; Type: string } | null;
  attributes: Record<string, string>;
  external: Record<string, unknown>;
}

// $.Namespace, then .key or ['key with spaces'] segments (https://docs.aws.amazon.com/connect/latest/adminguide/connect-attrib-list.html).
const REFERENCE = /\$\.([A-Za-z]+)((?:\.[A-Za-z0-9_]+|\.?\['[^']*'\])*)/g;
const SEGMENT = /\.([A-Za-z0-9_]+)|\.?\['([^']*)'\]/g;

function segments(path: string): string[] {
  return [...path.matchAll(SEGMENT)].map((match) => match[1] ?? match[2] ?? '');
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function lookup(state: ContactState, namespace: string, keys: string[]): unknown {
  const dig = (root: unknown): unknown =>
    keys.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), root);
  switch (namespace) {
    case 'External':
      return dig(state.external);
    case 'Attributes':
      return dig(state.attributes);
    case 'CustomerEndpoint':
      return dig(state.customerEndpoint);
    case 'SystemEndpoint':
      return dig(state.systemEndpoint);
    case 'ContactId':
      return state.contactId;
    case 'InitialContactId':
      return state.initialContactId;
    case 'Channel':
      return state.channel;
    case 'InstanceARN':
      return state.instanceArn;
    case 'AwsRegion':
      return state.awsRegion;
    default:
      throw new Error(`The local Connect does not support the $.${namespace} attribute namespace`);
  }
}

/** Replaces every `$.…` reference inside a dynamic value; a missing key becomes "", as in Connect. */
export function resolveReferences(text: string, state: ContactState): string {
  return text.replace(REFERENCE, (_match, namespace: string, path: string) => stringify(lookup(state, namespace, segments(path))));
}

/** Resolves a parameter that must be one whole JSONPath (e.g. Compare's ComparisonValue). */
export function resolveSinglePath(value: string, state: ContactState): string {
  const match = /^\$\.([A-Za-z]+)((?:\.[A-Za-z0-9_]+|\.?\['[^']*'\])*)$/.exec(value);
  if (!match) return value;
  return stringify(lookup(state, match[1] ?? '', segments(match[2] ?? '')));
}
