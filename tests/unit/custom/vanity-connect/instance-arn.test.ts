import { describe, expect, it } from 'vitest';
import { parseInstanceArn } from '../../../../amplify/custom/vanity-connect/instance-arn';

describe('parseInstanceArn', () => {
  it.each([
    ['arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', { partition: 'aws', region: 'us-east-1', account: '123456789012' }],
    ['arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', { partition: 'aws-us-gov', region: 'us-gov-west-1' }],
  ])('reads %s', (arn, parts) => {
    expect(parseInstanceArn(arn)).toMatchObject({ arn, id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', ...parts });
  });

  it.each([
    'arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/contact-flow/x',
    'arn:aws:connect:us-east-1:123456789012:instance/not-a-uuid',
    'arn:aws:connect::123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    ' arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    '',
  ])('rejects %j', (arn) => {
    expect(parseInstanceArn(arn)).toBeUndefined();
  });
});
