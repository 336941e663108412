import { Server } from 'node:http';
import {
  AmplifyAppSyncSimulator,
  AmplifyAppSyncSimulatorAuthenticationType,
  RESOLVER_KIND,
  type AmplifyAppSyncAuthenticationProviderConfig,
  type AmplifyAppSyncSimulatorConfig,
} from '@aws-amplify/amplify-appsync-simulator';
import type { GraphQLFieldResolver } from 'graphql';
import type { DataApiDefinition } from './assembly/data-api';
import { LOCAL_ENV } from './assembly/stack';
import { quietStoreErrors, quietSyntaxErrors } from './appsync-console';
import { assertPortFree } from './loopback-server';
import { guardServer, type BrowserPolicy } from './request-guard';
import { LOCAL_CREDENTIALS } from './store';
import { filterEvents, matchesSubscriptionFilter, type SubscriptionFilter } from './subscription-filter';

/** The running local AppSync. */
export interface LocalAppSync {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:20002/graphql (subscriptions: same path + /realtime). */
  readonly url: string;
  stop(): Promise<void>;
}

/** The access key id whose SigV4-signed requests the simulator treats as the function's IAM role. */
const LOCAL_FUNCTION_ACCESS_KEY_ID = LOCAL_CREDENTIALS.accessKeyId;

function authProvider(type: string): AmplifyAppSyncAuthenticationProviderConfig {
  switch (type) {
    case 'AMAZON_COGNITO_USER_POOLS':
      return { authenticationType: AmplifyAppSyncSimulatorAuthenticationType.AMAZON_COGNITO_USER_POOLS, cognitoUserPoolConfig: {} };
    case 'AWS_IAM':
      return { authenticationType: AmplifyAppSyncSimulatorAuthenticationType.AWS_IAM };
    case 'API_KEY':
      return { authenticationType: AmplifyAppSyncSimulatorAuthenticationType.API_KEY };
    default:
      throw new Error(`The local AppSync does not support the ${type} authorization mode`);
  }
}

/** The simulator cannot run `$extensions.setSubscriptionFilter`; the twin filters events itself (see subscription-filter.ts). */
function withoutSubscriptionFilterExtension(content: string): string {
  return content.replace(/^\s*\$extensions\.setSubscriptionFilter\(.*\)\s*$/gm, '## subscription filter applied by the local twin');
}

/** Builds the simulator's config from the synthesised API, with DynamoDB sources pointed at the store. */
function simulatorConfig(api: DataApiDefinition, storeEndpoint: string): AmplifyAppSyncSimulatorConfig {
  const templates = new Map<string, string>();
  const use = (template: { path: string; content: string }): string => {
    templates.set(template.path, withoutSubscriptionFilterExtension(template.content));
    return template.path;
  };
  const functions = api.functions.map((fn) => ({
    name: fn.name,
    dataSourceName: fn.dataSourceName,
    requestMappingTemplateLocation: use(fn.request),
    responseMappingTemplateLocation: use(fn.response),
  }));
  const resolvers = api.resolvers.map((resolver) =>
    resolver.kind === 'PIPELINE'
      ? {
          kind: RESOLVER_KIND.PIPELINE as const,
          typeName: resolver.typeName,
          fieldName: resolver.fieldName,
          functions: resolver.functions,
          requestMappingTemplateLocation: use(resolver.request),
          responseMappingTemplateLocation: use(resolver.response),
        }
      : {
          kind: RESOLVER_KIND.UNIT as const,
          typeName: resolver.typeName,
          fieldName: resolver.fieldName,
          dataSourceName: resolver.dataSourceName ?? 'NONE_DS',
          requestMappingTemplateLocation: use(resolver.request),
          responseMappingTemplateLocation: use(resolver.response),
        },
  );
  return {
    schema: { path: api.schema.path, content: api.schema.content },
    appSync: {
      name: 'amplifyData',
      defaultAuthenticationType: authProvider(api.authenticationType),
      additionalAuthenticationProviders: api.additionalAuthenticationTypes.map(authProvider),
      accountId: LOCAL_ENV.account,
      authAccessKeyId: LOCAL_FUNCTION_ACCESS_KEY_ID,
    },
    dataSources: api.dataSources.map((source) => {
      if (source.type === 'NONE') return { type: 'NONE' as const, name: source.name };
      if (source.type === 'AMAZON_DYNAMODB' && source.tableName) {
        return {
          type: 'AMAZON_DYNAMODB' as const,
          name: source.name,
          // The simulator builds its DynamoDB client from `config` only (see local-backend-notes.md).
          config: { endpoint: storeEndpoint, region: LOCAL_ENV.region, credentials: LOCAL_CREDENTIALS, tableName: source.tableName },
        };
      }
      throw new Error(`The local AppSync does not support the ${source.type} data source ${source.name}`);
    }),
    functions,
    resolvers,
    mappingTemplates: [...templates].map(([path, content]) => ({ path, content })),
  };
}

function applySubscriptionFilters(simulator: AmplifyAppSyncSimulator): void {
  const fields = simulator.schema.getSubscriptionType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    const filtered: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
      const events = (await subscribe(source, args, context, info)) as AsyncIterator<{ [key: string]: unknown }>;
      const filter = (args as { filter?: SubscriptionFilter }).filter;
      return filter ? filterEvents(events, (item) => matchesSubscriptionFilter(item, filter)) : events;
    };
    field.subscribe = filtered;
  }
}

/**
 * The simulator listens on every interface and answers every web page (CORS `*`, any Host): the
 * twin binds it to 127.0.0.1 and puts the request guard in front of its HTTP and WebSocket traffic.
 */
function bindToLoopback(simulator: AmplifyAppSyncSimulator, browsers: BrowserPolicy): void {
  const server: unknown = Reflect.get(Reflect.get(simulator, '_server') as object, '_httpServer');
  if (!(server instanceof Server)) throw new Error('The AppSync simulator changed its internals: cannot bind it to 127.0.0.1');
  const listen = server.listen.bind(server) as (port: number, host: string) => Server;
  Reflect.set(server, 'listen', (port: number) => listen(port, '127.0.0.1'));
  guardServer(server, browsers);
}

/** How the local AppSync is reached and reports. */
export interface AppSyncOptions {
  readonly port: number;
  /** The web pages (the dashboard's) that may query and subscribe. */
  readonly browsers: BrowserPolicy;
  /** Failed data-source requests, one bounded line each with numbers masked. */
  readonly log: (line: string) => void;
}

/** Starts the AppSync simulator with the synthesised schema, resolvers and auth modes. */
export async function startAppSync(api: DataApiDefinition, storeEndpoint: string, options: AppSyncOptions): Promise<LocalAppSync> {
  const port = options.port;
  const simulator = new AmplifyAppSyncSimulator({ port, wsPort: port });
  simulator.init(simulatorConfig(api, storeEndpoint));
  applySubscriptionFilters(simulator);
  quietStoreErrors(simulator, api.dataSources.filter((source) => source.type === 'AMAZON_DYNAMODB').map((source) => source.name), options.log);
  quietSyntaxErrors(simulator);
  bindToLoopback(simulator, options.browsers);
  // The simulator's WebSocket server rethrows a listen error as an uncaught 'error' event: check first.
  await assertPortFree(port, 'appsync');
  await simulator.start();
  // Typed as a string, but the simulator returns { graphql: url }.
  const reported: unknown = simulator.localhostUrl;
  const address = typeof reported === 'string' ? reported : String(Reflect.get(reported as object, 'graphql'));
  const actualPort = new URL(address).port;
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: () => simulator.stop(),
  };
}
