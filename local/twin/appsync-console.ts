import type { AmplifyAppSyncSimulator } from '@aws-amplify/amplify-appsync-simulator';
import { GraphQLError, parse } from 'graphql';
import { boundText } from '../../amplify/functions/vanity-lookup/logger';
import { redactPhoneNumbers } from '../../amplify/functions/vanity-lookup/mask-phone-number';

/** The simulator's DynamoDB data loader methods per resolver operation (the ones our resolvers use). */
const METHODS: Readonly<Record<string, string>> = {
  GetItem: 'getItem',
  PutItem: 'putItem',
  UpdateItem: 'updateItem',
  DeleteItem: 'deleteItem',
  Query: 'query',
  Scan: 'scan',
};

/** The create resolver's attribute_not_exists guard failing: a retried invocation, the idempotent save working. */
const EXPECTED = 'ConditionalCheckFailedException';

type Load = (payload: { operation?: unknown }) => Promise<unknown>;

/**
 * The simulator's DynamoDB data source prints every failed request whole, the item and its caller
 * number included, on the twin's terminal (each Connect retry of a saved call does it). This runs
 * the same operations without that print: a failure keeps the error type resolvers and the
 * function read (`DynamoDB:<name>`) and is told to `log` in one bounded line with numbers masked;
 * the duplicate-create refusal, which is expected, is not logged.
 */
export function quietStoreErrors(simulator: AmplifyAppSyncSimulator, dataSourceNames: readonly string[], log: (line: string) => void): void {
  for (const name of dataSourceNames) {
    const loader: object = simulator.getDataLoader(name);
    const original = Reflect.get(loader, 'load') as Load;
    const quiet: Load = async (payload) => {
      const method = typeof payload.operation === 'string' ? METHODS[payload.operation] : undefined;
      const run = method === undefined ? undefined : (Reflect.get(loader, method) as Load | undefined);
      if (run === undefined) return original.call(loader, payload);
      try {
        return await run.call(loader, payload);
      } catch (error) {
        if (error instanceof Error && error.name) {
          Reflect.set(error, 'extensions', { errorType: `DynamoDB:${error.name}` });
          if (error.name !== EXPECTED) log(`AppSync ${name}: ${String(payload.operation)} failed: ${boundText(redactPhoneNumbers(`${error.name}: ${error.message}`), 300)}`);
        }
        throw error;
      }
    };
    Reflect.set(loader, 'load', quiet);
  }
}

type Handler = (request: { body?: { query?: unknown } }, response: { send(body: unknown): unknown }, next: unknown) => unknown;

interface RouteLayer {
  route?: { path?: unknown; stack?: { handle: Handler }[] };
}

/**
 * The simulator prints a query it cannot parse with the offending line, caller numbers in it
 * included (`{ listVanityCalls(filter: {callerNumber: {eq: "+1…"}}) …` missing a brace). A
 * syntax error is answered here first, as the simulator answers it, so nothing reaches its print.
 */
export function quietSyntaxErrors(simulator: AmplifyAppSyncSimulator): void {
  const app: unknown = Reflect.get(Reflect.get(Reflect.get(simulator, '_server') as object, '_operationServer') as object, '_app');
  const stack: unknown = typeof app === 'function' ? Reflect.get(Reflect.get(app, '_router') as object, 'stack') : undefined;
  const layer = Array.isArray(stack) ? (stack as RouteLayer[]).find((entry) => entry.route?.path === '/graphql') : undefined;
  const handler = layer?.route?.stack?.[0];
  if (!handler) throw new Error('The AppSync simulator changed its internals: cannot keep it from printing queries');
  const original = handler.handle;
  handler.handle = (request, response, next) => {
    const query = request.body?.query;
    if (typeof query === 'string') {
      try {
        parse(query);
      } catch (error) {
        if (error instanceof GraphQLError) return response.send({ errorMessage: error.message });
        throw error;
      }
    }
    return original(request, response, next);
  };
}
