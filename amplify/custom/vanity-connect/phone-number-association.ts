import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { ConnectInstance } from './instance-arn';

/** Props for PhoneNumberAssociation. */
export interface PhoneNumberAssociationProps {
  instance: ConnectInstance;
  /** The claimed number's id (a UUID), as shown by ListPhoneNumbersV2 or the console. */
  phoneNumberId: string;
  contactFlowArn: string;
  contactFlowId: string;
}

/**
 * Points a claimed phone number at the flow. CloudFormation has no resource for this link, so a
 * custom resource calls AssociatePhoneNumberContactFlow on create and update and
 * DisassociatePhoneNumberContactFlow on delete; its role may call only those two actions on this
 * number, this flow and this instance. A failed call fails the deployment with Connect's message.
 */
export class PhoneNumberAssociation extends Construct {
  constructor(scope: Construct, id: string, props: PhoneNumberAssociationProps) {
    super(scope, id);
    const { instance, phoneNumberId } = props;
    const phoneNumberArn = `arn:${instance.partition}:connect:${instance.region}:${instance.account}:phone-number/${phoneNumberId}`;
    const associate: cr.AwsSdkCall = {
      service: 'Connect',
      action: 'associatePhoneNumberContactFlow',
      parameters: { PhoneNumberId: phoneNumberId, InstanceId: instance.id, ContactFlowId: props.contactFlowId },
      physicalResourceId: cr.PhysicalResourceId.of(`${instance.id}/${phoneNumberId}`),
    };
    new cr.AwsCustomResource(this, 'Resource', {
      resourceType: 'Custom::ConnectPhoneNumberContactFlow',
      onCreate: associate,
      onUpdate: associate,
      onDelete: {
        service: 'Connect',
        action: 'disassociatePhoneNumberContactFlow',
        parameters: { PhoneNumberId: phoneNumberId, InstanceId: instance.id },
        ignoreErrorCodesMatching: 'ResourceNotFoundException',
      },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({
          actions: ['connect:AssociatePhoneNumberContactFlow', 'connect:DisassociatePhoneNumberContactFlow'],
          resources: [phoneNumberArn, instance.arn, props.contactFlowArn],
        }),
      ]),
      // The Lambda runtime's bundled SDK has both calls; fetching the latest from npm at deploy time adds a failure mode.
      installLatestAwsSdk: false,
    });
  }
}
