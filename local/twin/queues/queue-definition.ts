import { isJsonObject } from '../assembly/intrinsics';
import type { CloudAssembly } from '../assembly/load-assembly';

/** An AWS::SQS::Queue as synthesised (intrinsics resolved to local values). */
export interface QueueDefinition {
  readonly name: string;
  readonly arn: string;
  /** With LOCAL_AWS_URL_TOKEN for the endpoint, as the functions' environment holds it. */
  readonly url: string;
  readonly visibilityTimeoutSeconds: number;
  readonly retentionSeconds: number;
  readonly redrive?: { deadLetterArn: string; maxReceiveCount: number };
}

/** An AWS::Lambda::EventSourceMapping from a queue to a function. */
export interface EventSourceDefinition {
  readonly queueArn: string;
  /** The function's name (the Ref of the function, its logical id locally). */
  readonly functionName: string;
  readonly batchSize: number;
  readonly reportBatchItemFailures: boolean;
  readonly maxConcurrency: number;
  readonly enabled: boolean;
}

const number = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : fallback);

/** Every queue of the assembly, with SQS's defaults (30 s visibility, 4 days retention) where a property is absent. */
export function readQueues(assembly: CloudAssembly): QueueDefinition[] {
  return assembly
    .resources()
    .filter((resource) => resource.type === 'AWS::SQS::Queue')
    .map((resource) => {
      const props = resource.properties();
      const url = String(resource.stack.ref(resource.logicalId));
      const redrive = isJsonObject(props.RedrivePolicy) ? props.RedrivePolicy : undefined;
      return {
        name: String(resource.stack.getAtt(resource.logicalId, 'QueueName')),
        arn: String(resource.stack.getAtt(resource.logicalId, 'Arn')),
        url,
        visibilityTimeoutSeconds: number(props.VisibilityTimeout, 30),
        retentionSeconds: number(props.MessageRetentionPeriod, 345_600),
        ...(redrive ? { redrive: { deadLetterArn: String(redrive.deadLetterTargetArn), maxReceiveCount: number(redrive.maxReceiveCount, 10) } } : {}),
      };
    });
}

/** Every event source mapping whose source is a queue (Lambda's defaults where a property is absent). */
export function readEventSources(assembly: CloudAssembly): EventSourceDefinition[] {
  return assembly
    .resources()
    .filter((resource) => resource.type === 'AWS::Lambda::EventSourceMapping')
    .flatMap((resource) => {
      const props = resource.properties();
      const queueArn = String(props.EventSourceArn ?? '');
      if (!queueArn.startsWith('arn:aws:sqs:')) return [];
      const scaling = isJsonObject(props.ScalingConfig) ? props.ScalingConfig : {};
      const types = Array.isArray(props.FunctionResponseTypes) ? props.FunctionResponseTypes : [];
      return [
        {
          queueArn,
          functionName: String(props.FunctionName),
          batchSize: number(props.BatchSize, 10),
          reportBatchItemFailures: types.includes('ReportBatchItemFailures'),
          maxConcurrency: number(scaling.MaximumConcurrency, 2),
          enabled: props.Enabled !== false,
        },
      ];
    });
}
