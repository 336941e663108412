import type { CloudAssembly } from '../assembly/load-assembly';
import { parseFlow, type FlowDocument } from './flow-language';

/** A contact flow as the assembly deploys it: the rendered content with the local function ARN. */
export interface DeployedFlow {
  readonly name: string;
  readonly instanceArn: string;
  /** The Flow Language content exactly as CloudFormation would send it, intrinsics resolved locally. */
  readonly content: string;
  readonly flow: FlowDocument;
}

/**
 * Reads every AWS::Connect::ContactFlow of the assembly. The twin runs this content, the one the
 * CDK construct deploys, rather than reading flows/ itself, so the two cannot differ.
 */
export function readContactFlows(assembly: CloudAssembly): DeployedFlow[] {
  return assembly
    .resources()
    .filter((resource) => resource.type === 'AWS::Connect::ContactFlow')
    .map((resource) => {
      const props = resource.properties();
      if (typeof props.Content !== 'string' || typeof props.InstanceArn !== 'string') {
        throw new Error(`Contact flow ${resource.logicalId} has no Content or InstanceArn after resolving its intrinsics`);
      }
      return { name: String(props.Name ?? resource.logicalId), instanceArn: props.InstanceArn, content: props.Content, flow: parseFlow(props.Content) };
    });
}
