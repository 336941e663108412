/** The twin's fixed default ports: the dashboard compiles its config, so they must not move between runs. */
export const DEFAULT_PORTS = {
  appsync: 20002,
  store: 20003,
  aws: 20004,
  connect: 20005,
  dashboard: 3000,
} as const;

/** Ports per service; 0 asks the OS for a free one (tests). */
export type TwinPorts = { -readonly [K in keyof typeof DEFAULT_PORTS]: number };

const VARIABLES: Record<keyof TwinPorts, string> = {
  appsync: 'FOUNDRY_APPSYNC_PORT',
  store: 'FOUNDRY_STORE_PORT',
  aws: 'FOUNDRY_AWS_PORT',
  connect: 'FOUNDRY_CONNECT_PORT',
  dashboard: 'FOUNDRY_DASHBOARD_PORT',
};

const SERVICES: Record<keyof TwinPorts, string> = {
  appsync: 'the GraphQL API (AppSync simulator)',
  store: 'the DynamoDB store (dynalite)',
  aws: 'the local Cognito, SSM and S3',
  connect: 'the local Amazon Connect',
  dashboard: 'the dashboard (next dev)',
};

/** Whether an error says a port is taken (Node's EADDRINUSE, or the AppSync simulator's own wording). */
export function isPortInUse(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || /already in use/i.test(error.message);
}

/** The error for a port something else holds: it names the port, the service and the variable that moves it. */
export function portInUseError(service: keyof TwinPorts, port: number): Error {
  return new Error(
    `port ${port} is already in use, so ${SERVICES[service]} cannot listen on it: stop what holds it (another \`npm start\`?) or set ${VARIABLES[service]} to a free port`,
  );
}

/** The default ports with FOUNDRY_*_PORT overrides; a malformed value is an error naming the variable. */
export function portsFromEnv(env: Readonly<Record<string, string | undefined>>): TwinPorts {
  const ports: TwinPorts = { ...DEFAULT_PORTS };
  for (const key of Object.keys(VARIABLES) as (keyof TwinPorts)[]) {
    const raw = env[VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${VARIABLES[key]} must be a port number (0-65535), got "${raw}"`);
    ports[key] = port;
  }
  return ports;
}

/** Where the running twin's control endpoint is, for `npm run call` and `npm run load`. */
export function connectUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return `http://127.0.0.1:${portsFromEnv(env).connect}`;
}
