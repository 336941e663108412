import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAssembly, type SynthMode } from './assembly/ensure-assembly';
import { readDataApi } from './assembly/data-api';
import { loadAssembly } from './assembly/load-assembly';
import { LOCAL_AWS_URL_TOKEN, LOCAL_ENV, LOCAL_GRAPHQL_URL_TOKEN } from './assembly/stack';
import { startAppSync } from './appsync';
import { readExplicitAuthFlows } from './auth/app-client';
import { LocalUserPool } from './auth/user-pool';
import { localIdToken } from './auth/tokens';
import { startAwsEndpoint } from './aws-endpoint';
import { readContactFlows } from './connect/flow-source';
import { createLocalConnect, type CallRequest, type CallResult } from './connect/local-connect';
import { startControlServer } from './control-server';
import { startDashboard } from './dashboard';
import { readBucketContents, readFunctions, readSsmParameters } from './lambda/function-definition';
import { startFunctionHost, type FunctionHost } from './lambda/function-host';
import { startEventSourcePoller } from './queues/event-source-poller';
import { LocalSqs } from './queues/local-sqs';
import { readEventSources, readQueues } from './queues/queue-definition';
import type { StoreFault } from './store-fault';
import { localOutputs, type LocalAmplifyOutputs } from './outputs';
import { writeOutputsFile, type OutputsFile } from './outputs-file';
import { DEFAULT_PORTS, type TwinPorts } from './ports';
import { createRecordReader } from './record-reader';
import { dashboardOrigins, type BrowserPolicy } from './request-guard';
import { ensureTables, LOCAL_CREDENTIALS, startStore, type Store } from './store';
import { describeRepair } from './store-repair';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The dashboard user the twin creates; the password satisfies the synthesised password policy. */
const DEFAULT_DASHBOARD_USER = { email: 'supervisor@example.com', password: 'Local-Twin-1!' } as const;

/** How to start the twin. */
export interface TwinOptions {
  /** Per-service ports; 0 picks a free port. Defaults to the fixed DEFAULT_PORTS. */
  ports?: Partial<TwinPorts>;
  /** Where the store persists its data; undefined keeps it in memory. */
  dataDir?: string;
  /** The twin's own cloud assembly (synthesised with the local Connect instance). */
  assemblyDir?: string;
  synth?: SynthMode;
  withDashboard?: boolean;
  /** Also write the config to the repository's amplify_outputs.json (for the dashboard). */
  writeOutputsFile?: boolean;
  dashboardUser?: { email: string; password: string };
  /** Aborting while starting stops what has started so far (a synthesis included) and rejects with the abort reason. */
  signal?: AbortSignal;
  /** Progress lines while starting. */
  log?: (line: string) => void;
  /** Execution environments each function may run at once (Lambda's concurrency); default DEFAULT_CONCURRENCY (4). */
  lambdaConcurrency?: number;
  /** Function log lines (what CloudWatch Logs would get); default: appended to <dataDir or .local>/logs/<function>.log. */
  functionLog?: (functionName: string, line: string) => void;
}

/** A running twin. */
export interface Twin {
  readonly endpoints: { graphql: string; store: string; aws: string; connect: string; dashboard?: string };
  readonly outputs: LocalAmplifyOutputs;
  /** Where the config was written (writeOutputsFile), and whether the repository's own file was kept. */
  readonly outputsFile?: OutputsFile;
  readonly dashboardUser: { email: string; password: string };
  /** The deployed flow's content (from the assembly) that calls run through. */
  readonly flowContent: string;
  /** Places a simulated call, as POST /calls does. */
  placeCall(request: CallRequest): Promise<CallResult>;
  /** An id token for the dashboard user, for clients that skip the sign-in handshake. */
  idToken(): string;
  /** Stops the data store only, to see how calls behave when it is down. */
  stopStore(): Promise<void>;
  /** Takes the data store down, hangs it, or restores it ('none'), as `npm run load -- --fault` does. */
  setStoreFault(fault: StoreFault): void;
  /** Every queue's approximate counts (the save path's queue and its dead letters). */
  queues(): QueueStatus[];
  stop(): Promise<void>;
}

/** One queue's approximate counts, as GetQueueAttributes gives them. */
export interface QueueStatus {
  name: string;
  /** True for a queue another one redrives to. */
  deadLetter: boolean;
  visible: number;
  inFlight: number;
  delayed: number;
}

function fileFunctionLog(dir: string): { write: (name: string, line: string) => void; close: () => Promise<void> } {
  mkdirSync(dir, { recursive: true });
  const streams = new Map<string, WriteStream>();
  return {
    write(name, line) {
      let stream = streams.get(name);
      if (!stream) {
        stream = createWriteStream(path.join(dir, `${name}.log`), { flags: 'a' });
        streams.set(name, stream);
      }
      stream.write(`${line}\n`);
    },
    close: async () => {
      await Promise.all([...streams.values()].map((stream) => new Promise<void>((resolve) => stream.end(resolve))));
    },
  };
}

/** Starts the whole local backend from the synthesised cloud assembly (and the dashboard, when asked). */
export async function startTwin(options: TwinOptions = {}): Promise<Twin> {
  const log = options.log ?? (() => undefined);
  const ports: TwinPorts = { ...DEFAULT_PORTS, ...options.ports };
  const assemblyDir = options.assemblyDir ?? path.join(REPO_ROOT, '.local', 'cdk.out');
  const stoppers: (() => Promise<void>)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.reverse().splice(0)) await stop().catch(() => undefined);
  };
  const signal = options.signal;
  // Steps are short between these checks; the long ones (synthesis, next dev) take the signal themselves.
  const checkpoint = (): void => signal?.throwIfAborted();
  try {
    checkpoint();
    log(await ensureAssembly(assemblyDir, REPO_ROOT, options.synth ?? 'if-stale', signal));
    checkpoint();
    const assembly = loadAssembly(assemblyDir);
    const api = readDataApi(assembly);
    const functions = readFunctions(assembly);
    const [flow, ...otherFlows] = readContactFlows(assembly);
    if (!flow) throw new Error(`The cloud assembly at ${assemblyDir} has no AWS::Connect::ContactFlow (it is synthesised with CONNECT_INSTANCE_ARN set)`);
    if (otherFlows.length) log(`note: ${otherFlows.length + 1} contact flows in the assembly; calls run "${flow.name}"`);
    log(`read the assembly: ${api.tables.length} table(s), ${api.resolvers.length} resolvers, ${api.functions.length} pipeline functions, ${functions.length} function(s), flow "${flow.name}"`);

    const store: Store = await startStore({ port: ports.store, dataDir: options.dataDir ? path.join(options.dataDir, 'dynamodb') : undefined });
    stoppers.push(() => store.stop());
    checkpoint();
    const repaired = describeRepair(store.repair);
    if (repaired) log(repaired);
    for (const line of await ensureTables(store.endpoint, api.tables)) log(line);
    log(`store (dynalite${options.dataDir ? `, persisted in ${path.relative(REPO_ROOT, options.dataDir) || options.dataDir}` : ', in memory'}) on ${store.endpoint}`);

    // Of web pages, only the dashboard's may reach the GraphQL API and the sign-in endpoint; no page reaches the rest.
    const browsers: BrowserPolicy = { allowedOrigins: dashboardOrigins(ports.dashboard) };
    const appsync = await startAppSync(api, store.endpoint, { port: ports.appsync, browsers, log });
    stoppers.push(() => appsync.stop());
    checkpoint();
    log(`AppSync (simulator, ${api.authenticationType} + ${api.additionalAuthenticationTypes.join(', ')}) on ${appsync.url}`);

    const dashboardUser = options.dashboardUser ?? DEFAULT_DASHBOARD_USER;
    const placeholder = localOutputs(assembly, api, { graphqlUrl: appsync.url, userPoolEndpoint: '', connectEndpoint: '', storeEndpoint: store.endpoint });
    const issuer = { region: placeholder.auth.aws_region, userPoolId: placeholder.auth.user_pool_id, clientId: placeholder.auth.user_pool_client_id };
    const userPool = new LocalUserPool(issuer, readExplicitAuthFlows(assembly, issuer.clientId));
    const user = userPool.addUser(dashboardUser.email, dashboardUser.password);
    const ssmParameters = new Map([...readSsmParameters(assembly)].map(([name, value]) => [name, value.replaceAll(LOCAL_GRAPHQL_URL_TOKEN, appsync.url)]));
    const sqs = new LocalSqs(readQueues(assembly), options.dataDir ? path.join(options.dataDir, 'sqs') : undefined);
    stoppers.push(async () => sqs.close());
    const aws = await startAwsEndpoint({ userPool, ssmParameters, buckets: readBucketContents(assembly), sqs }, ports.aws, browsers);
    stoppers.push(() => aws.stop());
    checkpoint();
    const { offered, notEmulated } = userPool.flows;
    const refused = notEmulated.length ? `; ${notEmulated.join(', ')} allowed by the client but not emulated, refused` : '';
    log(`Cognito user pool ${issuer.userPoolId} (sign-in flows of the app client: ${offered.join(', ')}${refused}), SSM, S3 and SQS (${sqs.queues().length} queues${options.dataDir ? ', persisted' : ', in memory'}) (local) on ${aws.url}`);

    let functionLog = options.functionLog;
    if (!functionLog) {
      const file = fileFunctionLog(path.join(options.dataDir ?? path.join(REPO_ROOT, '.local'), 'logs'));
      stoppers.push(file.close);
      functionLog = file.write;
    }
    const writeLog = functionLog;
    const hosts: FunctionHost[] = [];
    for (const definition of functions) {
      const started = performance.now();
      const variables = Object.fromEntries(Object.entries(definition.environment).map(([key, value]) => [key, value.replaceAll(LOCAL_AWS_URL_TOKEN, aws.url).replaceAll(LOCAL_GRAPHQL_URL_TOKEN, appsync.url)]));
      const host = await startFunctionHost(definition, lambdaEnvironment(definition.name, variables, definition.memoryMB, definition.moduleFile, aws.url, store.endpoint), (line) => writeLog(definition.name, line), {
        ...(options.lambdaConcurrency === undefined ? {} : { concurrency: options.lambdaConcurrency }),
      });
      stoppers.push(() => host.stop());
      hosts.push(host);
      checkpoint();
      log(`function ${definition.name} (bundled ${path.basename(definition.moduleFile)}, timeout ${definition.timeoutSeconds} s) cold start ${Math.round(performance.now() - started)} ms`);
    }

    for (const mapping of readEventSources(assembly)) {
      const host = hosts.find((candidate) => candidate.definition.arn.endsWith(`:function:${mapping.functionName}`));
      const queue = sqs.queueByArn(mapping.queueArn);
      if (!host || !queue) throw new Error(`event source mapping ${mapping.queueArn} -> ${mapping.functionName}: the assembly defines no such ${host ? 'queue' : 'function'}`);
      const poller = startEventSourcePoller(mapping, queue, host, LOCAL_ENV.region, (line) => writeLog(host.definition.name, line));
      stoppers.push(() => poller.stop());
      log(`event source: ${queue.settings.name} -> ${host.definition.name} (batches of ${mapping.batchSize}, ${mapping.maxConcurrency} at a time, visibility ${queue.settings.visibilityTimeoutSeconds} s${queue.redrive ? `, dead letters after ${queue.redrive.maxReceiveCount} receives` : ''})`);
    }
    const deadLetterArns = new Set(sqs.queues().flatMap((queue) => (queue.redrive ? [queue.redrive.deadLetterQueue.settings.arn] : [])));
    const queues = (): QueueStatus[] => sqs.queues().map((queue) => ({ name: queue.settings.name, deadLetter: deadLetterArns.has(queue.settings.arn), ...queue.counts() }));

    const idToken = (): string => localIdToken(user, issuer);
    const records = createRecordReader(appsync.url, 'VanityCall', placeholder.data.model_introspection, idToken);
    const connect = createLocalConnect(flow, hosts, records, LOCAL_ENV.region);
    let outputs = placeholder;
    const control = await startControlServer(connect, records, () => outputs, ports.connect, { setStoreFault: store.setFault, queues });
    stoppers.push(() => control.stop());
    checkpoint();
    outputs = localOutputs(assembly, api, { graphqlUrl: appsync.url, userPoolEndpoint: aws.url, connectEndpoint: control.url, storeEndpoint: store.endpoint });
    log(`Amazon Connect (local, flow "${flow.name}", instance ${flow.instanceArn}) on ${control.url}`);
    let outputsFile: OutputsFile | undefined;
    if (options.writeOutputsFile) {
      outputsFile = writeOutputsFile(REPO_ROOT, path.join(REPO_ROOT, '.local'), outputs);
      const written = path.relative(REPO_ROOT, outputsFile.file);
      log(
        outputsFile.keptExisting
          ? `amplify_outputs.json is not the twin's (${outputsFile.keptExisting}): left it alone and wrote ${written}; the dashboard reads it through AMPLIFY_OUTPUTS`
          : `wrote ${written} (local endpoints; also served at /amplify_outputs.json)`,
      );
    }

    let dashboardUrl: string | undefined;
    if (options.withDashboard) {
      const dashboardEnv: Record<string, string> = outputsFile?.keptExisting ? { AMPLIFY_OUTPUTS: outputsFile.file } : {};
      const dashboard = await startDashboard(REPO_ROOT, ports.dashboard, log, dashboardEnv, signal);
      if (dashboard) {
        stoppers.push(() => dashboard.stop());
        dashboardUrl = dashboard.url;
      }
    }
    checkpoint();

    return {
      endpoints: { graphql: appsync.url, store: store.endpoint, aws: aws.url, connect: control.url, ...(dashboardUrl ? { dashboard: dashboardUrl } : {}) },
      outputs,
      ...(outputsFile ? { outputsFile } : {}),
      dashboardUser,
      flowContent: flow.content,
      placeCall: (request) => connect.placeCall(request),
      idToken,
      stopStore: () => store.stop(),
      setStoreFault: store.setFault,
      queues,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** The environment Lambda gives the function: its configured variables, runtime variables, and local AWS endpoints. */
function lambdaEnvironment(name: string, variables: Record<string, string>, memoryMB: number, moduleFile: string, awsUrl: string, storeUrl: string): Record<string, string> {
  return {
    ...variables,
    AWS_REGION: LOCAL_ENV.region,
    AWS_DEFAULT_REGION: LOCAL_ENV.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_SESSION_TOKEN: 'local-twin-session',
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    LAMBDA_TASK_ROOT: path.dirname(moduleFile),
    TZ: 'UTC',
    PATH: process.env.PATH ?? '',
    // The SDK sends SSM and S3 calls here (configurable endpoints), so the bundle runs unchanged.
    AWS_ENDPOINT_URL_SSM: awsUrl,
    AWS_ENDPOINT_URL_S3: awsUrl,
    AWS_ENDPOINT_URL_SQS: awsUrl,
    // DynamoDB calls (the call tally's transaction) go to the local store, which runs transactions too.
    AWS_ENDPOINT_URL_DYNAMODB: storeUrl,
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  };
}
