import { readFileSync } from 'node:fs';
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

/** The subset of amplify_outputs.json (schema version 1.4) the twin fills. */
export interface LocalAmplifyOutputs {
  version: '1.4';
  auth: {
    aws_region: string;
    user_pool_id: string;
    user_pool_client_id: string;
    password_policy: { min_length: number; require_numbers: boolean; require_lowercase: boolean; require_uppercase: boolean; require_symbols: boolean };
    username_attributes: string[];
    standard_required_attributes: string[];
    user_verification_types: string[];
    mfa_configuration: string;
    mfa_methods: string[];
    groups: unknown[];
    unauthenticated_identities_enabled: boolean;
  };
  data: {
    url: string;
    aws_region: string;
    default_authorization_type: string;
    authorization_types: string[];
    model_introspection: unknown;
  };
  custom: { localTwin: LocalTwinEndpoints & { note: string } };
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
      username_attributes: list(output('usernameAttributes')),
      standard_required_attributes: list(output('signupAttributes')),
      user_verification_types: list(output('verificationMechanisms')),
      mfa_configuration: output('mfaConfiguration') || 'OFF',
      mfa_methods: list(output('mfaTypes')),
      groups: list(output('groups')),
      unauthenticated_identities_enabled: false,
    },
    data: {
      url: endpoints.graphqlUrl,
      aws_region: output('awsAppsyncRegion') || LOCAL_ENV.region,
      default_authorization_type: output('awsAppsyncAuthenticationType') || api.authenticationType,
      authorization_types: output('awsAppsyncAdditionalAuthenticationTypes').split(',').filter(Boolean),
      model_introspection: JSON.parse(readFileSync(api.modelIntrospectionFile, 'utf8')) as unknown,
    },
    custom: {
      localTwin: {
        ...endpoints,
        note: 'Written by the local twin (npm start). Local auth is not a security boundary: tokens are unsigned.',
      },
    },
  };
}
