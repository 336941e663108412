/** What the dashboard needs to know about the backend, read from amplify_outputs.json. */
export interface OutputsSummary {
  region: string;
  dataUrl: string;
  /** Present only when the outputs were written by the local twin. */
  local: LocalTwinEndpoints | null;
}

/** Endpoints the local twin adds under `custom.localTwin` in the outputs it writes. */
export interface LocalTwinEndpoints {
  /** The local Cognito-compatible endpoint the Authenticator signs in against. */
  cognitoEndpoint: string | null;
  /** The local Amazon Connect control endpoint that places test calls. */
  connectUrl: string | null;
}

/** Raised when amplify_outputs.json is absent or lacks what the dashboard needs. */
export class OutputsError extends Error {
  override name = 'OutputsError';
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(root: JsonObject, path: readonly string[]): string | null {
  let node: unknown = root;
  for (const key of path) {
    if (!isObject(node)) return null;
    node = node[key];
  }
  return typeof node === 'string' && node.length > 0 ? node : null;
}

/** A local backend speaks plain HTTP on the loopback interface; AWS never does. */
export function isLocalUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Checks that parsed amplify_outputs.json holds a user pool and a data API, and finds the
 * local twin's endpoints when it wrote the file.
 */
export function summariseOutputs(outputs: unknown): OutputsSummary {
  if (!isObject(outputs)) throw new OutputsError('amplify_outputs.json is not a JSON object.');
  const userPool = stringAt(outputs, ['auth', 'user_pool_id']);
  const dataUrl = stringAt(outputs, ['data', 'url']);
  const region = stringAt(outputs, ['data', 'aws_region']) ?? stringAt(outputs, ['auth', 'aws_region']);
  if (userPool === null) throw new OutputsError('amplify_outputs.json has no auth.user_pool_id: the backend has no sign-in.');
  if (dataUrl === null) throw new OutputsError('amplify_outputs.json has no data.url: the backend has no data API.');
  if (region === null) throw new OutputsError('amplify_outputs.json names no aws_region.');
  if (!isLocalUrl(dataUrl)) return { region, dataUrl, local: null };
  return {
    region,
    dataUrl,
    local: {
      cognitoEndpoint: stringAt(outputs, ['custom', 'localTwin', 'userPoolEndpoint']),
      connectUrl: stringAt(outputs, ['custom', 'localTwin', 'connectEndpoint']),
    },
  };
}
