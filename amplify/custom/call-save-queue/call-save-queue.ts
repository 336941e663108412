import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Props for CallSaveQueue. */
export interface CallSaveQueueProps {
  /** The function that answers the caller and queues a call it could not save; it may only send. */
  lookupFunction: IFunction;
  /** The function SQS invokes with queued calls; it saves them with the same code as the lookup. */
  drainFunction: IFunction;
  /** The drain function's timeout; the queue's visibility timeout is six times it. */
  drainTimeout: Duration;
  /** Receives before a call moves to the dead-letter queue (default 60). */
  maxReceiveCount?: number;
}

/** The longest SQS keeps a message: two weeks to bring the store back or redrive the dead letters. */
const RETENTION = Duration.days(14);
/** A backlog older than this means the drain is not keeping up (or the store is still down). */
const BACKLOG_AGE_ALARM = Duration.minutes(15);

/**
 * The durable half of the save path. A call the lookup function cannot save within its budget is
 * sent here before the caller is answered; SQS invokes the drain function (event source mapping,
 * partial batch responses) until the save succeeds, replaying by contact id, which the create
 * resolver makes idempotent. A call that still fails after maxReceiveCount receives (with the
 * 30 s visibility timeout of a 5 s drain, about half an hour of store outage) moves to the dead-letter queue, kept two
 * weeks, and an alarm fires on its first message; another fires when the backlog stops draining.
 */
export class CallSaveQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  /** In alarm while any call sits in the dead-letter queue. */
  readonly deadLetterAlarm: cloudwatch.Alarm;
  /** In alarm while the oldest queued call is older than 15 minutes. */
  readonly backlogAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: CallSaveQueueProps) {
    super(scope, id);
    // SQS-managed encryption: call records hold caller numbers, and it needs no KMS grants.
    const common = { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: RETENTION } as const;
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', common);
    this.queue = new sqs.Queue(this, 'Queue', {
      ...common,
      // The Lambda developer guide: at least six times the function timeout, so a throttled batch can be retried.
      visibilityTimeout: Duration.seconds(props.drainTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 60 },
    });

    // Least privilege: the lookup function only ever sends, to this queue only.
    props.lookupFunction.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }));

    props.drainFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // A store that just came back is not flooded by the whole backlog at once.
        maxConcurrency: 2,
      }),
    );

    this.deadLetterAlarm = new cloudwatch.Alarm(this, 'DeadLetterAlarm', {
      alarmDescription: 'Call records that could not be saved after every retry are in the dead-letter queue: fix the data store, then redrive the queue.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.backlogAlarm = new cloudwatch.Alarm(this, 'BacklogAlarm', {
      alarmDescription: 'Queued call records are not being saved: the data store or the drain function is failing.',
      metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: BACKLOG_AGE_ALARM.toSeconds(),
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
