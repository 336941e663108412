import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isJsonObject, resolveIntrinsics, type IntrinsicScope, type Json, type JsonObject } from './intrinsics';

/** The pseudo parameters the twin pretends to run in; the region prefixes the local user pool id. */
export const LOCAL_ENV = { region: 'us-east-1', account: '123456789012', partition: 'aws' } as const;

/** Stands for the local AWS endpoint's URL (queue URLs) until it has a port; the twin replaces it. */
export const LOCAL_AWS_URL_TOKEN = 'local-twin://aws';

/** Stands for the AppSync URL until the simulator has a port; the twin replaces it. */
export const LOCAL_GRAPHQL_URL_TOKEN = 'local-twin://graphql';

/** One resource of one (possibly nested) stack, with its properties resolved on demand. */
export interface StackResource {
  readonly stack: Stack;
  readonly logicalId: string;
  readonly type: string;
  readonly raw: JsonObject;
  properties(): JsonObject;
}

interface Template {
  Parameters?: Record<string, { Default?: Json }>;
  Conditions?: Record<string, Json>;
  Resources?: Record<string, JsonObject>;
  Outputs?: Record<string, { Value: Json }>;
}

/** Files of a cloud assembly, addressed the way templates address them (S3 object keys). */
export interface AssemblyFiles {
  readonly dir: string;
  /** The local file or directory that CDK uploads under this S3 object key. */
  assetPath(objectKey: string): string;
}

function readTemplate(file: string): Template {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file} is not a CloudFormation template`);
  return parsed as Template;
}

/** A stack of the assembly whose intrinsics resolve to local values. */
export class Stack implements IntrinsicScope {
  private readonly children = new Map<string, Stack>();
  private readonly resolvedProperties = new Map<string, JsonObject>();

  constructor(
    readonly files: AssemblyFiles,
    readonly templateFile: string,
    private readonly parameters: Record<string, Json>,
  ) {
    this.template = readTemplate(path.join(files.dir, templateFile));
  }

  private readonly template: Template;

  /** Every resource of this stack (not of nested stacks). */
  resources(): StackResource[] {
    return Object.entries(this.template.Resources ?? {}).map(([logicalId, raw]) => {
      const type = typeof raw.Type === 'string' ? raw.Type : 'Unknown';
      return { stack: this, logicalId, type, raw, properties: () => this.propertiesOf(logicalId) };
    });
  }

  /** This stack and every stack nested in it, depth first. */
  allStacks(): Stack[] {
    const nested = this.resources().filter((resource) => resource.type === 'AWS::CloudFormation::Stack');
    return [this, ...nested.flatMap((resource) => this.nestedStack(resource.logicalId).allStacks())];
  }

  /** An output of this stack, resolved. */
  output(name: string): Json | undefined {
    const output = this.template.Outputs?.[name];
    if (!output) throw new Error(`${this.templateFile} has no output ${name}`);
    return resolveIntrinsics(output.Value, this);
  }

  /** The names of this stack's outputs. */
  outputNames(): string[] {
    return Object.keys(this.template.Outputs ?? {});
  }

  private resource(logicalId: string): JsonObject {
    const resource = this.template.Resources?.[logicalId];
    if (!resource) throw new Error(`${this.templateFile} has no resource ${logicalId}`);
    return resource;
  }

  private propertiesOf(logicalId: string): JsonObject {
    const cached = this.resolvedProperties.get(logicalId);
    if (cached) return cached;
    const resolved = resolveIntrinsics(this.resource(logicalId).Properties ?? {}, this);
    const properties = isJsonObject(resolved) ? resolved : {};
    this.resolvedProperties.set(logicalId, properties);
    return properties;
  }

  private nestedStack(logicalId: string): Stack {
    const existing = this.children.get(logicalId);
    if (existing) return existing;
    const properties = this.propertiesOf(logicalId);
    const url = typeof properties.TemplateURL === 'string' ? properties.TemplateURL : '';
    const objectKey = url.slice(url.lastIndexOf('/') + 1);
    const parameters = isJsonObject(properties.Parameters) ? properties.Parameters : {};
    const child = new Stack(this.files, path.relative(this.files.dir, this.files.assetPath(objectKey)), parameters);
    this.children.set(logicalId, child);
    return child;
  }

  ref(name: string): Json {
    switch (name) {
      case 'AWS::Region':
        return LOCAL_ENV.region;
      case 'AWS::AccountId':
        return LOCAL_ENV.account;
      case 'AWS::Partition':
        return LOCAL_ENV.partition;
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::StackName':
        return path.basename(this.templateFile, '.json');
      case 'AWS::StackId':
        return `arn:aws:cloudformation:${LOCAL_ENV.region}:${LOCAL_ENV.account}:stack/${path.basename(this.templateFile)}`;
    }
    if (name in this.parameters) return this.parameters[name] ?? null;
    const parameter = this.template.Parameters?.[name];
    if (parameter) return parameter.Default ?? null;
    return this.physicalId(name);
  }

  private physicalId(logicalId: string): Json {
    const type = this.resource(logicalId).Type;
    const properties = (): JsonObject => this.propertiesOf(logicalId);
    switch (type) {
      case 'AWS::Cognito::UserPool':
        return `${LOCAL_ENV.region}_LocalTwin`;
      case 'AWS::Cognito::IdentityPool':
        return `${LOCAL_ENV.region}:00000000-0000-4000-8000-000000000000`;
      case 'Custom::AmplifyDynamoDBTable':
        return properties().tableName ?? logicalId;
      case 'AWS::DynamoDB::Table':
        return properties().TableName ?? logicalId;
      case 'AWS::S3::Bucket':
        return logicalId.toLowerCase();
      case 'AWS::SQS::Queue':
        return `${LOCAL_AWS_URL_TOKEN}/${LOCAL_ENV.account}/${this.queueName(logicalId)}`;
      case 'AWS::CloudFormation::Stack':
      case 'AWS::AppSync::GraphQLApi':
        return this.genericArn(logicalId, 'ref');
      default:
        return logicalId;
    }
  }

  private queueName(logicalId: string): string {
    const name = this.propertiesOf(logicalId).QueueName;
    return typeof name === 'string' ? name : logicalId;
  }

  private genericArn(logicalId: string, attribute: string): string {
    return `arn:aws:local:${LOCAL_ENV.region}:${LOCAL_ENV.account}:${logicalId}/${attribute}`;
  }

  getAtt(logicalId: string, attribute: string): Json {
    const type = this.resource(logicalId).Type;
    if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
      return this.nestedStack(logicalId).output(attribute.slice('Outputs.'.length)) ?? null;
    }
    const name = (): string => String(this.ref(logicalId));
    const tableArn = (): string => `arn:aws:dynamodb:${LOCAL_ENV.region}:${LOCAL_ENV.account}:table/${name()}`;
    switch (`${String(type)}.${attribute}`) {
      case 'AWS::AppSync::GraphQLApi.ApiId':
        return 'local';
      case 'AWS::AppSync::GraphQLApi.GraphQLUrl':
        return LOCAL_GRAPHQL_URL_TOKEN;
      case 'AWS::AppSync::DataSource.Name':
      case 'AWS::AppSync::FunctionConfiguration.FunctionId':
      case 'AWS::AppSync::FunctionConfiguration.Name':
        return this.propertiesOf(logicalId).Name ?? logicalId;
      case 'Custom::AmplifyDynamoDBTable.TableName':
      case 'AWS::DynamoDB::Table.TableName':
        return name();
      case 'Custom::AmplifyDynamoDBTable.TableArn':
      case 'AWS::DynamoDB::Table.Arn':
        return tableArn();
      case 'Custom::AmplifyDynamoDBTable.TableStreamArn':
      case 'AWS::DynamoDB::Table.StreamArn':
        return `${tableArn()}/stream/local`;
      case 'AWS::SQS::Queue.QueueName':
        return this.queueName(logicalId);
      case 'AWS::SQS::Queue.Arn':
        return `arn:aws:sqs:${LOCAL_ENV.region}:${LOCAL_ENV.account}:${this.queueName(logicalId)}`;
      case 'AWS::SQS::Queue.QueueUrl':
        return name();
      case 'AWS::Lambda::Function.Arn':
        return `arn:aws:lambda:${LOCAL_ENV.region}:${LOCAL_ENV.account}:function:${name()}`;
      default:
        return this.genericArn(logicalId, attribute);
    }
  }

  condition(name: string): boolean {
    const definition = this.template.Conditions?.[name];
    if (definition === undefined) throw new Error(`${this.templateFile} has no condition ${name}`);
    return resolveIntrinsics(definition, this) === true;
  }
}
