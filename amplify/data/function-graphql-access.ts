import { Stack } from 'aws-cdk-lib';
import { CfnPolicy, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** One GraphQL field a function may call, as AppSync names it in an IAM resource ARN. */
export interface GraphqlField {
  type: 'Query' | 'Mutation' | 'Subscription';
  field: string;
}

/** The data API as the rewrite needs it: its ARN, and the construct whose stack holds the access policies. */
export interface GraphqlApiLike extends IConstruct {
  readonly arn: string;
}

interface PolicyStatementJson {
  Action?: string | string[];
}

/**
 * Narrows the GraphQL grant Amplify gives a function (`allow.resource(fn).to(['mutate'])` becomes
 * `appsync:GraphQL` on `types/Mutation/*`: update and delete too) to the named fields. Amplify's
 * schema rules have no operation finer than `mutate` for a resource, so the generated policy is
 * rewritten in place: its other statements (the S3 read of the model schema) stay as they are.
 * Throws when the role has no such grant, so an Amplify change that renames the policy fails synthesis
 * instead of leaving the broad grant in place.
 */
export function restrictGraphqlAccess(api: GraphqlApiLike, role: IRole, fields: readonly GraphqlField[]): void {
  if (fields.length === 0) throw new Error('restrictGraphqlAccess needs at least one field: remove the data authorization rule instead');
  const stack = Stack.of(api);
  const roleRef = JSON.stringify(stack.resolve(role.roleName));
  const grants = stack.node
    .findAll()
    .filter((construct): construct is CfnPolicy => construct instanceof CfnPolicy)
    .filter((policy) => (stack.resolve(policy.roles) as unknown[] | undefined)?.some((ref) => JSON.stringify(ref) === roleRef) === true)
    .flatMap((policy) => {
      const document = stack.resolve(policy.policyDocument) as { Statement?: PolicyStatementJson[] };
      return (document.Statement ?? []).flatMap((statement, index) =>
        ([] as string[]).concat(statement.Action ?? []).includes('appsync:GraphQL') ? [{ policy, index }] : [],
      );
    });
  if (grants.length === 0) throw new Error(`no appsync:GraphQL grant found for role ${roleRef}; did Amplify rename its access policy?`);
  const resources = fields.map(({ type, field }) => `${api.arn}/types/${type}/fields/${field}`);
  for (const { policy, index } of grants) policy.addPropertyOverride(`PolicyDocument.Statement.${index}.Resource`, resources);
}
