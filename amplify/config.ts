import { INSTANCE_ARN_FORM, parseInstanceArn, type ConnectInstance } from './custom/vanity-connect/instance-arn';
import type { BackendIdentity } from './custom/vanity-connect/flow-name';

/** Synth-time settings of the backend, read once from the environment (documented in .env.example). */
export interface BackendConfig {
  /** Absent when CONNECT_INSTANCE_ARN is not set: everything but the Connect stack is deployed. */
  connect?: ConnectConfig;
  /** Days a call record is kept before DynamoDB TTL deletes it. */
  retentionDays: number;
  /** How the vanity-lookup function is bundled (read by its resource.ts, which is built before the backend). */
  functionBundle: FunctionBundleConfig;
}

/** Bundling choices for the function Connect invokes. */
export interface FunctionBundleConfig {
  /**
   * Ship a source map beside the bundle (index.mjs.map). Off by default: it is several times the bundle's
   * size in every deployment package, and only helps when NODE_OPTIONS=--enable-source-maps is set too.
   */
  sourceMap: boolean;
}

/** Where the contact flow goes, and which backend owns the phone number. */
export interface ConnectConfig {
  instance: ConnectInstance;
  phoneNumber?: {
    id: string;
    owner: string;
    /**
     * The Amplify Hosting build's job id (AWS_JOB_ID, new for every build): the owning backend's link
     * carries it, so every build's deployment checks the number again while two synths of one build agree.
     */
    buildJobId?: string;
  };
}

/** Thrown for a setting that is present but wrong; the message names the variable and the expected form. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Calls are kept three months unless CALL_RETENTION_DAYS says otherwise. */
const DEFAULT_RETENTION_DAYS = 90;
/** The branch that owns the phone number unless CONNECT_PHONE_NUMBER_BRANCH says otherwise. */
const DEFAULT_PHONE_NUMBER_OWNER = 'main';

const MAX_RETENTION_DAYS = 3650;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SANDBOX_OWNER_PREFIX = 'sandbox:';

function setting(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readRetentionDays(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_RETENTION_DAYS;
  const days = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days >= 1 && days <= MAX_RETENTION_DAYS)) {
    throw new ConfigError(`CALL_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, e.g. 90; got "${raw}"`);
  }
  return days;
}

function readConnect(env: Readonly<Record<string, string | undefined>>): ConnectConfig | undefined {
  const arn = setting(env, 'CONNECT_INSTANCE_ARN');
  const phoneNumberId = setting(env, 'CONNECT_PHONE_NUMBER_ID');
  if (arn === undefined) {
    if (phoneNumberId !== undefined) {
      throw new ConfigError(`CONNECT_PHONE_NUMBER_ID is set but CONNECT_INSTANCE_ARN is not; set it to ${INSTANCE_ARN_FORM}`);
    }
    return undefined;
  }
  const instance = parseInstanceArn(arn);
  if (instance === undefined) {
    throw new ConfigError(`CONNECT_INSTANCE_ARN must look like ${INSTANCE_ARN_FORM}; got "${arn}"`);
  }
  if (phoneNumberId === undefined) return { instance };
  if (!UUID.test(phoneNumberId)) {
    throw new ConfigError(`CONNECT_PHONE_NUMBER_ID must be the phone number's id, a UUID such as 12345678-1234-1234-1234-123456789012; got "${phoneNumberId}"`);
  }
  const owner = setting(env, 'CONNECT_PHONE_NUMBER_BRANCH') ?? DEFAULT_PHONE_NUMBER_OWNER;
  const buildJobId = setting(env, 'AWS_JOB_ID');
  if (buildJobId !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(buildJobId)) {
    throw new ConfigError(`AWS_JOB_ID (set by Amplify Hosting for each build) must be a job id such as 0000000001; got "${buildJobId}"`);
  }
  return { instance, phoneNumber: { id: phoneNumberId, owner, ...(buildJobId === undefined ? {} : { buildJobId }) } };
}

const SWITCH_VALUES: Readonly<Record<string, boolean>> = { true: true, on: true, '1': true, false: false, off: false, '0': false };

/** Reads FUNCTION_SOURCE_MAP: "true" ships the vanity-lookup bundle's source map; unset or "false" does not. */
export function readFunctionBundleConfig(env: Readonly<Record<string, string | undefined>>): FunctionBundleConfig {
  const raw = setting(env, 'FUNCTION_SOURCE_MAP');
  if (raw === undefined) return { sourceMap: false };
  const sourceMap = SWITCH_VALUES[raw.toLowerCase()];
  if (sourceMap === undefined) throw new ConfigError(`FUNCTION_SOURCE_MAP must be true or false; got "${raw}"`);
  return { sourceMap };
}

/** Reads and validates the backend's settings from an environment (process.env at synth). */
export function readBackendConfig(env: Readonly<Record<string, string | undefined>>): BackendConfig {
  const retentionDays = readRetentionDays(setting(env, 'CALL_RETENTION_DAYS'));
  const functionBundle = readFunctionBundleConfig(env);
  const connect = readConnect(env);
  return connect === undefined ? { retentionDays, functionBundle } : { connect, retentionDays, functionBundle };
}

/**
 * One phone number can point at one flow, so exactly one backend associates it: the branch named by
 * CONNECT_PHONE_NUMBER_BRANCH, or the sandbox named by "sandbox:<identifier>".
 */
export function ownsPhoneNumber(owner: string, identity: Pick<BackendIdentity, 'type' | 'name'>): boolean {
  if (owner.startsWith(SANDBOX_OWNER_PREFIX)) return identity.type === 'sandbox' && identity.name === owner.slice(SANDBOX_OWNER_PREFIX.length);
  return identity.type === 'branch' && identity.name === owner;
}

/** The phone number this backend associates (if it owns it), and a notice when another backend does. */
export function phoneNumberForBackend(
  connect: ConnectConfig,
  identity: Pick<BackendIdentity, 'type' | 'name'>,
): { phoneNumberId?: string; notice?: string } {
  const phone = connect.phoneNumber;
  if (phone === undefined) return {};
  if (ownsPhoneNumber(phone.owner, identity)) return { phoneNumberId: phone.id };
  return {
    notice:
      `CONNECT_PHONE_NUMBER_ID is owned by "${phone.owner}" (CONNECT_PHONE_NUMBER_BRANCH); this ${identity.type} ` +
      `"${identity.name}" deploys its flow without pointing the number at it.`,
  };
}

/** The plain notice printed when the Connect stack is left out. */
export const CONNECT_SKIPPED_NOTICE =
  'CONNECT_INSTANCE_ARN is not set: deploying auth, data and the function without the Amazon Connect stack ' +
  `(no contact flow). Set it to ${INSTANCE_ARN_FORM} to deploy the flow.`;
