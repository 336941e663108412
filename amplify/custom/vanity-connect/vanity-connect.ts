import { Fn } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { flowFileDigest, renderFlowFile, VANITY_FLOW_TEMPLATE_PATH } from './flow-template';
import type { ConnectInstance } from './instance-arn';
import { PhoneNumberAssociation } from './phone-number-association';

/** Props for VanityConnect. */
export interface VanityConnectProps {
  /** The existing Connect instance the flow is deployed into; it must be in the stack's region. */
  instance: ConnectInstance;
  /** The function the flow invokes. */
  lookupFunction: IFunction;
  /** Unique within the instance (see vanityFlowName). */
  flowName: string;
  /** A claimed number to point at the flow; give it to one backend only. */
  phoneNumberId?: string;
  /**
   * Changes whenever the number should be checked again: the Amplify Hosting build's job id, so every
   * build's deployment checks it. Without one (a sandbox, a local synth), a digest of the flow file, so
   * the check runs when the flow changes and two synths of the same code give the same template.
   */
  phoneNumberCheck?: string;
  /** Defaults to flows/vanity-contact-flow.json. */
  flowTemplatePath?: URL | string;
}

/**
 * Everything Amazon Connect needs to run the vanity flow with no console steps: the function's
 * integration with the instance, its invoke permission scoped to the instance, the contact flow
 * rendered with the function's ARN, and optionally the phone number's association with the flow.
 */
export class VanityConnect extends Construct {
  /** ARN of the contact flow. */
  readonly contactFlowArn: string;
  /** Id (UUID) of the contact flow, as the Connect API expects it. */
  readonly contactFlowId: string;
  /** Id of the Lambda integration association. */
  readonly integrationAssociationId: string;

  constructor(scope: Construct, id: string, props: VanityConnectProps) {
    super(scope, id);
    const { instance, lookupFunction } = props;
    const flowTemplatePath = props.flowTemplatePath ?? VANITY_FLOW_TEMPLATE_PATH;

    // Without this Connect cannot invoke the function; sourceArn and sourceAccount keep every other instance out.
    lookupFunction.addPermission('AllowConnectInvoke', {
      principal: new iam.ServicePrincipal('connect.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceArn: instance.arn,
      sourceAccount: instance.account,
    });

    // The IaC form of "Add Lambda function" in the console; the instanceId property takes the ARN.
    const association = new connect.CfnIntegrationAssociation(this, 'LambdaAssociation', {
      instanceId: instance.arn,
      integrationType: 'LAMBDA_FUNCTION',
      integrationArn: lookupFunction.functionArn,
    });
    // Amplify tags every resource, but the registry schema of AWS::Connect::IntegrationAssociation has
    // no Tags property in most Connect regions (cfn-lint 1.51's snapshots: only ca-central-1 has it;
    // us-east-1, eu-west-2 and 18 more do not), and CloudFormation rejects properties a region's schema
    // lacks. CDK renders Tags from its newest schema, so they are removed here; tests/infra lints this.
    association.addPropertyDeletionOverride('Tags');

    const flow = new connect.CfnContactFlow(this, 'Flow', {
      instanceArn: instance.arn,
      name: props.flowName,
      type: 'CONTACT_FLOW',
      state: 'ACTIVE',
      description: 'Speaks vanity numbers for the caller\'s number (deployed by Amplify).',
      content: renderFlowFile(flowTemplatePath, {
        VanityLookupFunctionArn: lookupFunction.functionArn,
      }),
    });
    // Publishing validates the flow, which fails while the function is not yet associated with the instance.
    flow.node.addDependency(association);

    this.contactFlowArn = flow.attrContactFlowArn;
    // arn:aws:connect:<region>:<account>:instance/<instance-id>/contact-flow/<flow-id>
    this.contactFlowId = Fn.select(3, Fn.split('/', flow.attrContactFlowArn));
    this.integrationAssociationId = association.attrIntegrationAssociationId;

    if (props.phoneNumberId !== undefined) {
      new PhoneNumberAssociation(this, 'PhoneNumber', {
        instance,
        phoneNumberId: props.phoneNumberId,
        contactFlowId: this.contactFlowId,
        check: props.phoneNumberCheck ?? `flow-${flowFileDigest(flowTemplatePath)}`,
      });
    }
  }
}
