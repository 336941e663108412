import { defineBackend } from '@aws-amplify/backend';
import { Duration, Stack } from 'aws-cdk-lib';
import { auth } from './auth/resource';
import { CONNECT_SKIPPED_NOTICE, phoneNumberForBackend, readBackendConfig } from './config';
import { readBackendIdentity } from './custom/vanity-connect/backend-identity';
import { vanityFlowName } from './custom/vanity-connect/flow-name';
import { CallSaveQueue } from './custom/call-save-queue/call-save-queue';
import { addInstanceLocationRule } from './custom/vanity-connect/instance-location-rule';
import { VanityConnect } from './custom/vanity-connect/vanity-connect';
import { restrictGraphqlAccess, type GraphqlField } from './data/function-graphql-access';
import { data } from './data/resource';
import { callSaveDrain } from './functions/call-save-drain/resource';
import { SAVE_QUEUE_URL_VARIABLE } from './functions/vanity-lookup/save-queue';
import { vanityLookup } from './functions/vanity-lookup/resource';
import { grantCallTally } from './data/tally-access';

const config = readBackendConfig(process.env);

/** The whole backend; exported so infrastructure tests can assert on its stacks. */
export const backend = defineBackend({ auth, data, vanityLookup, callSaveDrain });

// Dashboard users are created by an administrator only: self sign-up would let anyone read caller data.
backend.auth.resources.cfnResources.cfnUserPool.adminCreateUserConfig = { allowAdminCreateUserOnly: true };

for (const model of ['VanityCall', 'CallWord']) {
  const table = backend.data.resources.cfnResources.amplifyDynamoDbTables[model];
  if (table === undefined) throw new Error(`the ${model} table is missing from the data resources`);
  table.timeToLiveAttribute = { attributeName: 'expiresAt', enabled: true };
}
backend.vanityLookup.addEnvironment('CALL_RETENTION_DAYS', String(config.retentionDays));
// Both functions are custom functions (see their resource.ts): Amplify gives such a function the data
// API's IAM access but not its endpoint, which a defineFunction function reads from SSM at every cold
// start. The endpoint is set here instead, straight from the API in the same stack: no SSM call at start-up.
for (const fn of [backend.vanityLookup, backend.callSaveDrain]) fn.addEnvironment('AMPLIFY_DATA_GRAPHQL_ENDPOINT', backend.data.resources.cfnResources.cfnGraphqlApi.attrGraphQlUrl);
grantCallTally(backend.vanityLookup, backend.data.resources.tables);
grantCallTally(backend.callSaveDrain, backend.data.resources.tables);

// In the functions' own stack: the queue's URL goes into one and its event source mapping into the other.
const drainLambda = backend.callSaveDrain.resources.lambda;
const saveQueue = new CallSaveQueue(Stack.of(drainLambda), 'CallSaveQueue', {
  lookupFunction: backend.vanityLookup.resources.lambda,
  drainFunction: drainLambda,
  drainTimeout: Duration.seconds(backend.callSaveDrain.resources.cfnResources.cfnFunction.timeout ?? 5),
});
backend.vanityLookup.addEnvironment(SAVE_QUEUE_URL_VARIABLE, saveQueue.queue.queueUrl);

// The function only records calls: of the GraphQL API it may call these fields and nothing else
// (the schema's `mutate` would also let it update and delete). Add a field here when it needs one.
const VANITY_LOOKUP_GRAPHQL_FIELDS: GraphqlField[] = [{ type: 'Mutation', field: 'createVanityCall' }];
const lookupRole = backend.vanityLookup.resources.lambda.role;
if (lookupRole === undefined) throw new Error('the vanity-lookup function has no execution role');
restrictGraphqlAccess(backend.data.resources.graphqlApi, lookupRole, VANITY_LOOKUP_GRAPHQL_FIELDS);
// The drain replays the same saves, so it needs exactly the same fields.
const drainRole = drainLambda.role;
if (drainRole === undefined) throw new Error('the call-save-drain function has no execution role');
restrictGraphqlAccess(backend.data.resources.graphqlApi, drainRole, VANITY_LOOKUP_GRAPHQL_FIELDS);

if (config.connect === undefined) {
  console.warn(CONNECT_SKIPPED_NOTICE);
} else {
  const identity = readBackendIdentity(backend.stack);
  const { phoneNumberId, notice } = phoneNumberForBackend(config.connect, identity);
  if (notice !== undefined) console.warn(notice);
  const flowName = vanityFlowName(identity);
  addInstanceLocationRule(backend.stack, config.connect.instance);
  const vanityConnect = new VanityConnect(backend.createStack('connect'), 'VanityConnect', {
    instance: config.connect.instance,
    lookupFunction: backend.vanityLookup.resources.lambda,
    flowName,
    ...(phoneNumberId === undefined ? {} : { phoneNumberId }),
    ...(config.connect.phoneNumber?.buildJobId === undefined ? {} : { phoneNumberCheck: config.connect.phoneNumber.buildJobId }),
  });
  backend.addOutput({
    custom: {
      connectInstanceArn: config.connect.instance.arn,
      vanityContactFlowArn: vanityConnect.contactFlowArn,
      vanityContactFlowId: vanityConnect.contactFlowId,
      vanityContactFlowName: flowName,
      ...(phoneNumberId === undefined ? {} : { vanityPhoneNumberId: phoneNumberId }),
    },
  });
}
