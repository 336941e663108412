import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { CONNECT_SKIPPED_NOTICE, phoneNumberForBackend, readBackendConfig } from './config';
import { readBackendIdentity } from './custom/vanity-connect/backend-identity';
import { vanityFlowName } from './custom/vanity-connect/flow-name';
import { addInstanceLocationRule } from './custom/vanity-connect/instance-location-rule';
import { VanityConnect } from './custom/vanity-connect/vanity-connect';
import { data } from './data/resource';
import { vanityLookup } from './functions/vanity-lookup/resource';
import { grantCallTally } from './data/tally-access';

const config = readBackendConfig(process.env);

/** The whole backend; exported so infrastructure tests can assert on its stacks. */
export const backend = defineBackend({ auth, data, vanityLookup });

// Dashboard users are created by an administrator only: self sign-up would let anyone read caller data.
backend.auth.resources.cfnResources.cfnUserPool.adminCreateUserConfig = { allowAdminCreateUserOnly: true };

for (const model of ['VanityCall', 'CallWord']) {
  const table = backend.data.resources.cfnResources.amplifyDynamoDbTables[model];
  if (table === undefined) throw new Error(`the ${model} table is missing from the data resources`);
  table.timeToLiveAttribute = { attributeName: 'expiresAt', enabled: true };
}
backend.vanityLookup.addEnvironment('CALL_RETENTION_DAYS', String(config.retentionDays));
grantCallTally(backend.vanityLookup, backend.data.resources.tables);

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
