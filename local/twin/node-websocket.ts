import WebSocket from 'ws';
import { toLocalSocketTarget } from '../../components/amplify/local-websocket';

/**
 * Gives Node (which has no global WebSocket before v22) one that reaches the local AppSync
 * simulator, using the dashboard's rewrite (wss:// -> ws://, auth subprotocol -> `header` query),
 * so `observeQuery`/`onCreate` work from Node tests and tools as they do in the browser.
 */
export function installNodeWebSocket(graphqlUrl: string): void {
  const origin = new URL(graphqlUrl).origin;
  class LocalTwinNodeWebSocket extends WebSocket {
    static localTwin = true;
    constructor(url: string | URL, protocols?: string | string[]) {
      const list = protocols === undefined ? [] : Array.isArray(protocols) ? protocols : [protocols];
      const target = toLocalSocketTarget(String(url), list, origin);
      super(target?.url ?? url, target?.protocols ?? protocols);
    }
  }
  Reflect.set(globalThis, 'WebSocket', LocalTwinNodeWebSocket);
}
