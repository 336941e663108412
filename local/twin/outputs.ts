import { readFileSync } from 'node:fs';
import type { clientConfigTypesV1_4 } from '@aws-amplify/client-config';
import type { DataApiDefinition } from './assembly/data-api';
import type { CloudAssembly } from './assembly/load-assembly';
import { LOCAL_ENV } from './assembly/stack';

/** Where the twin's local services listen, as written into amplify_outputs.json under custom.localTwin. */
export interface LocalTwinEndpoints {
  readonly graphqlUrl: string;
  /** Cognito-compatible endpoint: set it as Auth.Cognito.userPoolEndpoint. */
  readonly userPoolEndpoint: string;
  /** The local Amazon Connect: POST /calls places a simulated call. */
  readonly connectEndpoint: string;
  readonly storeEndpoint: string;
}

type Outputs = clientConfigTypesV1_4.AWSAmplifyBackendOutputs;
type AuthOutputs = NonNullable<Outputs['auth']>;
type DataOutputs = NonNullable<Outputs['data']>;

/**
 * amplify_outputs.json as the twin writes it: Amplify's published type for schema version 1.4
 * (@aws-amplify/client-config), with auth, data and the twin's endpoints always present. A value
 * the schema does not allow (such as mfa_configuration "OFF") fails the type check.
 */
export type LocalAmplifyOutputs = Outputs & {
  auth: AuthOutputs;
  data: DataOutputs;
  custom: { localTwin: LocalTwinEndpoints & { note: string } };
};

/** Narrows a list read from a stack output to the values the schema allows; anything else is a twin bug. */
function allowed<T extends string>(values: readonly string[], choices: readonly T[], what: string): T[] {
  return values.map((value) => {
    const choice = choices.find((candidate) => candidate === value);
    if (choice === undefined) throw new Error(`${what}: "${value}" is not one of ${choices.join(', ')} (amplify_outputs.json schema 1.4)`);
    return choice;
  });
}

/** Cognito's MFA setting as Amplify's client-config generator maps it (OFF -> NONE, ON -> REQUIRED). */
function mfaConfiguration(cognito: string): NonNullable<AuthOutputs['mfa_configuration']> | undefined {
  switch (cognito) {
    case '':
      return undefined;
    case 'OFF':
      return 'NONE';
    case 'OPTIONAL':
      return 'OPTIONAL';
    case 'ON':
      return 'REQUIRED';
    default:
      throw new Error(`mfaConfiguration: unknown Cognito value "${cognito}"`);
  }
}

const AUTHORIZATION_TYPES: readonly DataOutputs['default_authorization_type'][] = ['AMAZON_COGNITO_USER_POOLS', 'API_KEY', 'AWS_IAM', 'AWS_LAMBDA', 'OPENID_CONNECT'];
const STANDARD_ATTRIBUTES: readonly NonNullable<AuthOutputs['standard_required_attributes']>[number][] = [
  'address', 'birthdate', 'email', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name', 'nickname',
  'phone_number', 'picture', 'preferred_username', 'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
];

function only<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected one value');
  return item;
}

function list(value: unknown): string[] {
  if (typeof value !== 'string' || value === '') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * Builds amplify_outputs.json from the root stack's outputs (what `ampx` reads after a deploy), with
 * local endpoints. The identity pool is left out: the twin has no Cognito Identity, and signed-in
 * dashboard users only need user-pool tokens.
 */
export function localOutputs(assembly: CloudAssembly, api: DataApiDefinition, endpoints: LocalTwinEndpoints): LocalAmplifyOutputs {
  const root = assembly.stacks[0];
  if (!root) throw new Error('The assembly has no root stack');
  const names = new Set(root.outputNames());
  const output = (name: string): string => (names.has(name) ? String(root.output(name) ?? '') : '');
  const requirements = new Set(list(output('passwordPolicyRequirements')));
  const mfa = mfaConfiguration(output('mfaConfiguration'));
  return {
    version: '1.4',
    auth: {
      aws_region: output('authRegion') || LOCAL_ENV.region,
      user_pool_id: output('userPoolId'),
      user_pool_client_id: output('webClientId'),
      password_policy: {
        min_length: Number(output('passwordPolicyMinLength') || 8),
        require_numbers: requirements.has('REQUIRES_NUMBERS'),
        require_lowercase: requirements.has('REQUIRES_LOWERCASE'),
        require_uppercase: requirements.has('REQUIRES_UPPERCASE'),
        require_symbols: requirements.has('REQUIRES_SYMBOLS'),
      },
      username_attributes: allowed(list(output('usernameAttributes')), ['email', 'phone_number', 'username'], 'usernameAttributes'),
      standard_required_attributes: allowed(list(output('signupAttributes')), STANDARD_ATTRIBUTES, 'signupAttributes'),
      user_verification_types: allowed(list(output('verificationMechanisms')), ['email', 'phone_number'], 'verificationMechanisms'),
      ...(mfa === undefined ? {} : { mfa_configuration: mfa }),
      mfa_methods: allowed(list(output('mfaTypes')), ['SMS', 'TOTP'], 'mfaTypes'),
      groups: output('groups') === '' ? [] : (JSON.parse(output('groups')) as NonNullable<AuthOutputs['groups']>),
      unauthenticated_identities_enabled: false,
    },
    data: {
      url: endpoints.graphqlUrl,
      aws_region: output('awsAppsyncRegion') || LOCAL_ENV.region,
      default_authorization_type: only(allowed([output('awsAppsyncAuthenticationType') || api.authenticationType], AUTHORIZATION_TYPES, 'awsAppsyncAuthenticationType')),
      authorization_types: allowed(output('awsAppsyncAdditionalAuthenticationTypes').split(',').filter(Boolean), AUTHORIZATION_TYPES, 'awsAppsyncAdditionalAuthenticationTypes'),
      model_introspection: JSON.parse(readFileSync(api.modelIntrospectionFile, 'utf8')) as DataOutputs['model_introspection'],
    },
    custom: {
      localTwin: {
        ...endpoints,
        note: 'Written by the local twin (npm start). Local auth is not a security boundary: tokens are unsigned.',
      },
    },
  };
}
