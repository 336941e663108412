import { fileURLToPath } from 'node:url';
import { CustomResource, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { ConnectInstance } from './instance-arn';
import type { PhoneNumberLinkProperties } from './phone-number-link';

/** Props for PhoneNumberAssociation. */
export interface PhoneNumberAssociationProps {
  instance: ConnectInstance;
  /** The claimed number's id (a UUID), as shown by ListPhoneNumbersV2 or the console. */
  phoneNumberId: string;
  contactFlowId: string;
  /** A new value sends CloudFormation's Update, which checks the number again (see VanityConnectProps.phoneNumberCheck). */
  check: string;
}

const HANDLER_ENTRY = fileURLToPath(new URL('./phone-number-link-handler.ts', import.meta.url));

/**
 * Points a claimed phone number at the flow, as a number that belongs to this backend: CloudFormation
 * has no resource for the link, so a custom resource (phone-number-link.ts, behind CDK's provider
 * framework) links it on create, remembering the flow the number had, checks it again on every
 * Amplify Hosting build's deployment, or when the flow changes (taking it back if it was re-pointed in the console), and on delete gives it back to that
 * flow, but only while the number still points at this backend's flow. Its role may list the
 * instance's flow associations and (dis)associate this number only. A failed call fails the deployment
 * with Connect's message.
 */
export class PhoneNumberAssociation extends Construct {
  constructor(scope: Construct, id: string, props: PhoneNumberAssociationProps) {
    super(scope, id);
    const { instance, phoneNumberId } = props;
    const phoneNumberArn = `arn:${instance.partition}:connect:${instance.region}:${instance.account}:phone-number/${phoneNumberId}`;

    const onEvent = new NodejsFunction(this, 'LinkFunction', {
      entry: HANDLER_ENTRY,
      runtime: Runtime.NODEJS_22_X,
      timeout: Duration.minutes(1),
      // The runtime's SDK has every call used; bundling another copy would only add size.
      bundling: { format: OutputFormat.ESM, externalModules: ['@aws-sdk/*'], minify: true },
    });
    onEvent.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['connect:AssociatePhoneNumberContactFlow', 'connect:DisassociatePhoneNumberContactFlow'],
        // The number, and whichever flow of the instance it is given back to (its previous one).
        resources: [phoneNumberArn, instance.arn, `${instance.arn}/contact-flow/*`],
      }),
    );
    onEvent.addToRolePolicy(new iam.PolicyStatement({ actions: ['connect:ListFlowAssociations'], resources: [instance.arn] }));

    const provider = new cr.Provider(this, 'Provider', { onEventHandler: onEvent });
    const properties: PhoneNumberLinkProperties = {
      InstanceId: instance.id,
      PhoneNumberId: phoneNumberId,
      ContactFlowId: props.contactFlowId,
      // A new value makes CloudFormation send an Update, and the handler takes the number back if someone
      // re-pointed it in the console (see onPhoneNumberLinkEvent). Derived from the build, not the clock,
      // so two synths of the same code give the same template.
      Deployment: props.check,
    };
    new CustomResource(this, 'Resource', {
      resourceType: 'Custom::ConnectPhoneNumberContactFlow',
      serviceToken: provider.serviceToken,
      properties,
    });
  }
}
