import type { CloudAssembly } from '../assembly/load-assembly';

/**
 * What Cognito enables for an app client created without ExplicitAuthFlows
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html).
 */
const DEFAULT_EXPLICIT_AUTH_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] as const;

/** Legacy ExplicitAuthFlows values and the ALLOW_* value each stands for. */
const LEGACY: Readonly<Record<string, string>> = {
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  ADMIN_NO_SRP_AUTH: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  CUSTOM_AUTH_FLOW_ONLY: 'ALLOW_CUSTOM_AUTH',
};

/**
 * The sign-in flows the synthesised app client (the one amplify_outputs.json names) allows, as
 * ALLOW_* values, so the local user pool refuses the rest as Cognito would.
 */
export function readExplicitAuthFlows(assembly: CloudAssembly, clientId: string): string[] {
  const client = assembly.resources().find((resource) => resource.type === 'AWS::Cognito::UserPoolClient' && resource.logicalId === clientId);
  if (!client) throw new Error(`The cloud assembly at ${assembly.dir} has no AWS::Cognito::UserPoolClient "${clientId}" (the webClientId output)`);
  const flows = client.properties().ExplicitAuthFlows;
  if (flows === undefined || flows === null) return [...DEFAULT_EXPLICIT_AUTH_FLOWS];
  if (!Array.isArray(flows) || !flows.every((flow) => typeof flow === 'string')) {
    throw new Error(`The app client ${clientId} has ExplicitAuthFlows that are not a list of names: ${JSON.stringify(flows)}`);
  }
  return [...new Set(flows.map((flow) => LEGACY[flow] ?? flow))];
}
