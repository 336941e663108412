/** An Amazon Connect instance, from its ARN. */
export interface ConnectInstance {
  arn: string;
  partition: string;
  region: string;
  account: string;
  id: string;
}

/** The form CONNECT_INSTANCE_ARN must take, shown in every error about it. */
export const INSTANCE_ARN_FORM = 'arn:aws:connect:<region>:<account>:instance/<uuid>';

const INSTANCE_ARN =
  /^arn:(aws|aws-cn|aws-us-gov):connect:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):instance\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Parses an instance ARN, or returns undefined when it does not have the documented form. */
export function parseInstanceArn(arn: string): ConnectInstance | undefined {
  const match = INSTANCE_ARN.exec(arn);
  if (match === null) return undefined;
  const [, partition, region, account, id] = match;
  if (partition === undefined || region === undefined || account === undefined || id === undefined) return undefined;
  return { arn, partition, region, account, id };
}
