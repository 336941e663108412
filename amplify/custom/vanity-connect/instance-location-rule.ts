import { Aws, CfnRule, Fn, type Stack } from 'aws-cdk-lib';
import type { ConnectInstance } from './instance-arn';

/**
 * Stops the deployment before any resource is touched when CONNECT_INSTANCE_ARN names an instance
 * outside the account or region being deployed to; otherwise the mismatch surfaces minutes later as
 * an obscure failure of the flow or the integration. Give it the root stack: CloudFormation checks
 * a template's Rules when it creates or updates that stack, and the root stack is the first one
 * deployed (its CheckBootstrapVersion rule is checked the same way).
 */
export function addInstanceLocationRule(rootStack: Stack, instance: ConnectInstance): CfnRule {
  // AssertDescription is a literal string (no intrinsic functions), so it can show the instance's
  // values but not the deployment's; one assertion per value says which of the two differs.
  const mismatch = (what: 'region' | 'account', value: string) =>
    `CONNECT_INSTANCE_ARN (${instance.arn}) names an instance in ${what} ${value}, but this backend is deploying to another ${what}. ` +
    `Deploy it to ${what} ${value} (AWS_REGION or the profile's credentials), or set CONNECT_INSTANCE_ARN to an instance in the deployment's ${what}.`;
  return new CfnRule(rootStack, 'ConnectInstanceInDeploymentAccountAndRegion', {
    assertions: [
      { assert: Fn.conditionEquals(Aws.REGION, instance.region), assertDescription: mismatch('region', instance.region) },
      { assert: Fn.conditionEquals(Aws.ACCOUNT_ID, instance.account), assertDescription: mismatch('account', instance.account) },
    ],
  });
}
