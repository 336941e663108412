const AUTH_PROTOCOL_PREFIX = 'header-';

/** Where and how to open a subscription socket on the local AppSync simulator. */
export interface LocalSocketTarget {
  url: string;
  protocols: string[];
}

function base64UrlToBase64(value: string): string {
  const padded = value.replace(/-/g, '+').replace(/_/g, '/');
  return padded + '='.repeat((4 - (padded.length % 4)) % 4);
}

/**
 * Rewrites what aws-amplify opens for AppSync (wss://, auth in a `header-<base64url>` subprotocol)
 * into what the local simulator serves (ws://, auth in a `header` query parameter).
 * Returns null for sockets that are not aimed at `localOrigin`, which stay untouched.
 */
export function toLocalSocketTarget(
  url: string,
  protocols: readonly string[],
  localOrigin: string,
): LocalSocketTarget | null {
  const local = new URL(localOrigin);
  const target = new URL(url);
  if (target.host !== local.host || target.protocol !== 'wss:') return null;
  target.protocol = 'ws:';
  const kept: string[] = [];
  for (const protocol of protocols) {
    if (protocol.startsWith(AUTH_PROTOCOL_PREFIX)) {
      target.searchParams.set('header', base64UrlToBase64(protocol.slice(AUTH_PROTOCOL_PREFIX.length)));
    } else {
      kept.push(protocol);
    }
  }
  return { url: target.toString(), protocols: kept };
}

/**
 * Replaces the browser's WebSocket with one that reaches the local simulator. Local mode only:
 * on AWS the stock socket talks to the real AppSync realtime endpoint.
 */
export function installLocalWebSocket(localOrigin: string): void {
  const Native = window.WebSocket;
  if ((Native as { localTwin?: boolean }).localTwin) return;
  class LocalTwinWebSocket extends Native {
    static localTwin = true;
    constructor(url: string | URL, protocols?: string | string[]) {
      const list = protocols === undefined ? [] : Array.isArray(protocols) ? protocols : [protocols];
      const target = toLocalSocketTarget(String(url), list, localOrigin);
      super(target?.url ?? url, target?.protocols ?? protocols);
    }
  }
  window.WebSocket = LocalTwinWebSocket;
}
