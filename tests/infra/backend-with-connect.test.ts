import { beforeAll, describe, expect, it } from 'vitest';
import { Stack } from 'aws-cdk-lib';
import { renderFlowFile, VANITY_FLOW_TEMPLATE_PATH } from '../../amplify/custom/vanity-connect/flow-template';
import { resourcesOfType, synthesizeInProcess, type SynthesizedBackend, type TemplateJson } from './synthesize-in-process';

const INSTANCE_ARN = 'arn:aws:connect:eu-west-2:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PHONE_NUMBER_ID = '11111111-2222-4333-8444-555555555555';

let synth: SynthesizedBackend;
let connectTemplate: TemplateJson;
let dataTemplate: TemplateJson;
let functionLogicalId: string;

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('expected exactly one item');
  return item;
}

beforeAll(async () => {
  synth = await synthesizeInProcess({
    CONNECT_INSTANCE_ARN: INSTANCE_ARN,
    CONNECT_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    CONNECT_PHONE_NUMBER_BRANCH: 'sandbox:infra',
    CALL_RETENTION_DAYS: '30',
    // What Amplify Hosting sets for each build: the owning backend's number link carries it.
    AWS_JOB_ID: '0000000042',
  });
  const templates = [...synth.templates().values()];
  connectTemplate = only(templates.filter((template) => resourcesOfType(template, 'AWS::Connect::ContactFlow').length > 0));
  const cfnFunction = synth.backend.vanityLookup.resources.cfnResources.cfnFunction;
  dataTemplate = synth.templateOf(cfnFunction);
  functionLogicalId = Stack.of(cfnFunction).getLogicalId(cfnFunction);
});

/** The connect stack's parameter that carries the function's ARN, traced back to the function. */
function functionArnParameter(): string {
  const root = synth.templateOf(synth.backend.stack);
  const nested = resourcesOfType(root, 'AWS::CloudFormation::Stack').map(([, resource]) => resource.Properties?.Parameters as Record<string, unknown> | undefined);
  for (const parameters of nested) {
    for (const [name, value] of Object.entries(parameters ?? {})) {
      const getAtt = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      const outputName = getAtt?.[1].replace(/^Outputs\./, '');
      const output = outputName === undefined ? undefined : dataTemplate.Outputs?.[outputName];
      if (JSON.stringify(output?.Value) === JSON.stringify({ 'Fn::GetAtt': [functionLogicalId, 'Arn'] })) return name;
    }
  }
  throw new Error('no nested stack parameter carries the vanity-lookup function ARN');
}

describe('the Connect stack', () => {
  it('deploys the flow file rendered with the function ARN and nothing else', () => {
    const [, flow] = only(resourcesOfType(connectTemplate, 'AWS::Connect::ContactFlow'));
    const join = (flow.Properties?.Content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    const marker = '__FUNCTION_ARN__';
    const tokens = join[1].filter((part) => typeof part !== 'string');
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token).toEqual({ Ref: functionArnParameter() });
    const content = join[1].map((part) => (typeof part === 'string' ? part : marker)).join(join[0]);
    expect(content).toBe(renderFlowFile(VANITY_FLOW_TEMPLATE_PATH, { VanityLookupFunctionArn: marker }));
    expect(flow.Properties).toMatchObject({ InstanceArn: INSTANCE_ARN, Type: 'CONTACT_FLOW', State: 'ACTIVE', Name: 'vanity-foundry-infra' });
  });

  it('associates the function with the instance before the flow is created', () => {
    const [associationId, association] = only(resourcesOfType(connectTemplate, 'AWS::Connect::IntegrationAssociation'));
    expect(association.Properties).toMatchObject({
      InstanceId: INSTANCE_ARN,
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { Ref: functionArnParameter() },
    });
    const [, flow] = only(resourcesOfType(connectTemplate, 'AWS::Connect::ContactFlow'));
    expect(flow.DependsOn).toContain(associationId);
  });

  it('points the owned phone number at the flow with a least-privilege custom resource', () => {
    const [, association] = only(resourcesOfType(connectTemplate, 'Custom::ConnectPhoneNumberContactFlow'));
    expect(association.Properties).toMatchObject({ InstanceId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', PhoneNumberId: PHONE_NUMBER_ID, Deployment: '0000000042' });
    expect(JSON.stringify(association.Properties?.ContactFlowId)).toContain('ContactFlowArn');
    const statements = resourcesOfType(connectTemplate, 'AWS::IAM::Policy').flatMap(
      ([, policy]) => (policy.Properties?.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement,
    );
    const connectStatements = statements.filter((statement) => JSON.stringify(statement.Action).includes('connect:'));
    expect(connectStatements).toEqual([
      {
        Action: ['connect:AssociatePhoneNumberContactFlow', 'connect:DisassociatePhoneNumberContactFlow'],
        Effect: 'Allow',
        Resource: [
          `arn:aws:connect:eu-west-2:123456789012:phone-number/${PHONE_NUMBER_ID}`,
          INSTANCE_ARN,
          `${INSTANCE_ARN}/contact-flow/*`,
        ],
      },
      { Action: 'connect:ListFlowAssociations', Effect: 'Allow', Resource: INSTANCE_ARN },
    ]);
  });
});

describe('the deployment', () => {
  it('stops before touching anything when the instance is in another region or account', () => {
    const root = synth.templateOf(synth.backend.stack);
    const rule = root.Rules?.['ConnectInstanceInDeploymentAccountAndRegion'];
    expect(rule?.RuleCondition).toBeUndefined();
    expect(rule?.Assertions.map((assertion) => assertion.Assert)).toEqual([
      { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-2'] },
      { 'Fn::Equals': [{ Ref: 'AWS::AccountId' }, '123456789012'] },
    ]);
    const [region, account] = rule?.Assertions.map((assertion) => assertion.AssertDescription ?? '') ?? [];
    for (const message of [region, account]) expect(message).toContain(`CONNECT_INSTANCE_ARN (${INSTANCE_ARN})`);
    expect(region).toMatch(/in region eu-west-2, but this backend is deploying to another region/);
    expect(account).toMatch(/in account 123456789012, but this backend is deploying to another account/);
    // The rule sits beside CDK's own bootstrap check in the root stack, which CloudFormation deploys first.
    expect(Object.keys(root.Rules ?? {})).toContain('CheckBootstrapVersion');
    expect(connectTemplate.Rules).toBeUndefined();
  });
});

describe('the vanity-lookup function', () => {
  it('may be invoked by Connect from this instance and account only', () => {
    const permissions = resourcesOfType(dataTemplate, 'AWS::Lambda::Permission').map(([, resource]) => resource.Properties);
    expect(only(permissions)).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionLogicalId, 'Arn'] },
      Principal: 'connect.amazonaws.com',
      SourceArn: INSTANCE_ARN,
      SourceAccount: '123456789012',
    });
  });

  it('gives up before Connect does (8 s) and receives the retention period', () => {
    const properties = dataTemplate.Resources[functionLogicalId]?.Properties;
    expect(properties?.Timeout).toBeLessThan(8);
    expect(properties?.Environment).toMatchObject({ Variables: { CALL_RETENTION_DAYS: '30' } });
  });
});

describe('data and auth', () => {
  it('lets DynamoDB expire calls and their word rows through expiresAt, and keeps the counts', () => {
    const tables = [...synth.templates().values()].flatMap((template) => resourcesOfType(template, 'Custom::AmplifyDynamoDBTable'));
    const ttl = Object.fromEntries(tables.map(([logicalId, table]) => [logicalId.replace(/Table.*$/, ''), table.Properties?.timeToLiveSpecification]));
    expect(ttl).toEqual({
      VanityCall: { attributeName: 'expiresAt', enabled: true },
      CallWord: { attributeName: 'expiresAt', enabled: true },
      CallCount: undefined,
    });
  });

  it.each([/^vanitylookupServiceRole/, /^callsavedrainServiceRole/])('lets %s write the tally straight to DynamoDB: one action per table, named in its environment', (role) => {
    // The data stack holds both functions (the lookup and the drain that replays its saves); the
    // AppSync data sources' roles live in each model's own stack.
    const policies = resourcesOfType(dataTemplate, 'AWS::IAM::Policy').filter(([, policy]) => role.test(String((policy.Properties?.Roles as { Ref: string }[] | undefined)?.[0]?.Ref)));
    const statements = policies.flatMap(([, policy]) => (policy.Properties?.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement);
    const dynamo = statements.filter((statement) => JSON.stringify(statement.Action).includes('dynamodb:'));
    const grants = dynamo.map((statement) => [statement.Action, /amplifyData(\w+?)NestedStack/.exec(JSON.stringify(statement.Resource))?.[1]]);
    expect(grants).toEqual([
      ['dynamodb:UpdateItem', 'VanityCall'],
      ['dynamodb:UpdateItem', 'CallCount'],
      ['dynamodb:PutItem', 'CallWord'],
    ]);
    const fn = resourcesOfType(dataTemplate, 'AWS::Lambda::Function').find(([, candidate]) => role.test(String((candidate.Properties?.Role as { 'Fn::GetAtt'?: string[] } | undefined)?.['Fn::GetAtt']?.[0])));
    const variables = Object.keys((fn?.[1].Properties?.Environment as { Variables: object }).Variables);
    expect(variables).toEqual(expect.arrayContaining(['CALL_TABLE_NAME', 'CALL_COUNT_TABLE_NAME', 'CALL_WORD_TABLE_NAME']));
  });

  it('lets only an administrator create dashboard users', () => {
    const pools = [...synth.templates().values()].flatMap((template) => resourcesOfType(template, 'AWS::Cognito::UserPool'));
    const [, pool] = only(pools);
    expect(pool.Properties?.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
  });

  it('offers no API key: signed-in users (Cognito) and IAM only', () => {
    const templates = [...synth.templates().values()];
    expect(templates.flatMap((template) => resourcesOfType(template, 'AWS::AppSync::ApiKey'))).toEqual([]);
    const [, api] = only(templates.flatMap((template) => resourcesOfType(template, 'AWS::AppSync::GraphQLApi')));
    expect(api.Properties?.AuthenticationType).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(api.Properties?.AdditionalAuthenticationProviders).toEqual([{ AuthenticationType: 'AWS_IAM' }]);
  });

  it.each([
    ['Mutation', 'createVanityCall', false],
    ['Mutation', 'updateVanityCall', false],
    ['Mutation', 'deleteVanityCall', false],
    ['Query', 'getVanityCall', true],
    ['Query', 'listCallsByDate', true],
    ['Query', 'listCallsByCaller', true],
  ])('%s.%s: signed-in users allowed = %s, identity-pool guests refused', (type, field, userPoolAllowed) => {
    const name = `${type}${field}auth0Function`;
    const functions = [...synth.templates().values()].flatMap((template) => resourcesOfType(template, 'AWS::AppSync::FunctionConfiguration'));
    const [, config] = only(functions.filter(([, resource]) => resource.Properties?.Name === name));
    // Amplify puts the authorization step in the request template of some resolvers and the response template of others.
    const vtl = (['Request', 'Response'] as const)
      .map((kind) => {
        const inline = config.Properties?.[`${kind}MappingTemplate`];
        const location = config.Properties?.[`${kind}MappingTemplateS3Location`] as { 'Fn::Sub': string } | undefined;
        return typeof inline === 'string' ? inline : location === undefined ? '' : synth.assetText(location['Fn::Sub']);
      })
      .join('\n');
    const userPoolBlock = /#if\( \$util\.authType\(\) == "User Pool Authorization" \)([\s\S]*?)#end/.exec(vtl)?.[1] ?? '';
    expect(userPoolBlock.includes('#set( $isAuthorized = true )')).toBe(userPoolAllowed);
    expect(vtl).toContain('$util.isNull($ctx.identity.cognitoIdentityPoolId)');
  });
});

describe('IAM', () => {
  interface Statement {
    Action?: string | string[];
  }
  function statements(): { where: string; actions: string[] }[] {
    return [...synth.templates()].flatMap(([file, template]) =>
      Object.entries(template.Resources).flatMap(([id, resource]) => {
        const documents: unknown[] = [];
        if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') documents.push(resource.Properties?.PolicyDocument);
        if (resource.Type === 'AWS::IAM::Role') {
          for (const policy of (resource.Properties?.Policies as { PolicyDocument: unknown }[] | undefined) ?? []) documents.push(policy.PolicyDocument);
        }
        return documents.flatMap((document) =>
          ((document as { Statement: Statement[] }).Statement ?? []).map((statement) => ({
            where: `${file}#${id}`,
            actions: ([] as string[]).concat(statement.Action ?? []),
          })),
        );
      }),
    );
  }

  it('grants no wildcard action anywhere', () => {
    const all = statements();
    expect(all.length).toBeGreaterThan(5);
    const wildcards = all.filter(({ actions }) => actions.some((action) => action === '*' || action.endsWith(':*')));
    expect(wildcards).toEqual([]);
  });

  it('grants the function and the Connect stack exact actions only', () => {
    const ours = statements().filter(({ where }) => /vanitylookup|GraphqlAccessPolicy|connect/i.test(where));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter(({ actions }) => actions.some((action) => action.includes('*')))).toEqual([]);
  });
});

describe('the functions\' data access', () => {
  it.each([/^vanitylookupServiceRole/, /^callsavedrainServiceRole/])('%s may create VanityCall records and call nothing else of the API', (role) => {
    const policies = resourcesOfType(dataTemplate, 'AWS::IAM::Policy').filter(([, policy]) => JSON.stringify(policy.Properties).includes('appsync:GraphQL'));
    expect(policies).toHaveLength(2);
    const [, policy] = only(policies.filter(([, candidate]) => role.test(String((candidate.Properties?.Roles as { Ref: string }[] | undefined)?.[0]?.Ref))));
    expect(policy.Properties?.Roles).toEqual([{ Ref: expect.stringMatching(role) }]);
    const document = policy.Properties?.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] };
    const graphql = only(document.Statement.filter((statement) => ([] as string[]).concat(statement.Action).includes('appsync:GraphQL')));
    expect(graphql.Action).toBe('appsync:GraphQL');
    const apiArn = { 'Fn::GetAtt': [expect.stringMatching(/^amplifyDataGraphQLAPI/), 'Arn'] };
    expect(graphql.Resource).toEqual([{ 'Fn::Join': ['', [apiArn, '/types/Mutation/fields/createVanityCall']] }]);
  });
});

describe('amplify_outputs.json', () => {
  it('exposes the flow ARN and id', () => {
    const root = synth.templateOf(synth.backend.stack);
    const outputs = JSON.stringify(root.Outputs?.customOutputs?.Value);
    for (const key of ['vanityContactFlowArn', 'vanityContactFlowId', 'vanityContactFlowName', 'vanityPhoneNumberId']) expect(outputs).toContain(key);
  });
});

describe('the save path', () => {
  type Resource = TemplateJson['Resources'][string];
  const ofType = (type: string): [string, Resource][] => resourcesOfType(dataTemplate, type);
  const policiesOf = (roleRef: unknown) =>
    ofType('AWS::IAM::Policy')
      .filter(([, policy]) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([roleRef]))
      .flatMap(([, policy]) => (policy.Properties?.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);

  it('sits beside both functions in one stack: the lookup gets the queue URL, the drain its event source', () => {
    const [queueId] = only(ofType('AWS::SQS::Queue').filter(([, queue]) => queue.Properties?.RedrivePolicy !== undefined));
    const [deadId] = only(ofType('AWS::SQS::Queue').filter(([, queue]) => queue.Properties?.RedrivePolicy === undefined));
    const lookup = dataTemplate.Resources[functionLogicalId]?.Properties;
    expect(lookup?.Environment).toMatchObject({ Variables: { SAVE_QUEUE_URL: { Ref: queueId } } });
    const drain = synth.backend.callSaveDrain.resources.cfnResources.cfnFunction;
    const drainId = Stack.of(drain).getLogicalId(drain);
    expect(dataTemplate.Resources[drainId]?.Properties?.Timeout).toBe(5);
    const [, mapping] = only(ofType('AWS::Lambda::EventSourceMapping'));
    expect(mapping.Properties).toMatchObject({ FunctionName: { Ref: drainId }, EventSourceArn: { 'Fn::GetAtt': [queueId, 'Arn'] }, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    const queue = dataTemplate.Resources[queueId]?.Properties;
    expect(queue).toMatchObject({ VisibilityTimeout: 30, RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadId, 'Arn'] }, maxReceiveCount: 60 } });
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties?.MetricName);
    expect(alarms.sort()).toEqual(['ApproximateAgeOfOldestMessage', 'ApproximateNumberOfMessagesVisible']);
  });

  it('lets the lookup only send to the queue, and the drain write calls through the data API as the lookup does', () => {
    const role = (id: string) => dataTemplate.Resources[id]?.Properties?.Role as { 'Fn::GetAtt': [string, string] };
    const drain = synth.backend.callSaveDrain.resources.cfnResources.cfnFunction;
    const lookupRole = { Ref: role(functionLogicalId)['Fn::GetAtt'][0] };
    const drainRole = { Ref: role(Stack.of(drain).getLogicalId(drain))['Fn::GetAtt'][0] };
    const sqsActions = (statements: { Action: string | string[] }[]) => statements.flatMap((statement) => ([] as string[]).concat(statement.Action)).filter((action) => action.startsWith('sqs:'));
    expect(sqsActions(policiesOf(lookupRole))).toEqual(['sqs:SendMessage']);
    expect(sqsActions(policiesOf(drainRole))).not.toContain('sqs:SendMessage');
    const graphql = (roleRef: unknown) => policiesOf(roleRef).filter((statement) => statement.Action === 'appsync:GraphQL').map((statement) => statement.Resource);
    expect(graphql(drainRole)).toEqual(graphql(lookupRole));
    expect(graphql(drainRole)).toHaveLength(1);
  });
});
