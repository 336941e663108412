import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isJsonObject, type Json, type JsonObject } from './intrinsics';
import type { CloudAssembly } from './load-assembly';

/** A mapping template, read from the assembly (inline or an S3 asset). */
export interface MappingTemplate {
  readonly path: string;
  readonly content: string;
}

/** A DynamoDB table as the synthesised template defines it. */
export interface TableDefinition {
  readonly tableName: string;
  readonly attributeDefinitions: { AttributeName: string; AttributeType: string }[];
  readonly keySchema: { AttributeName: string; KeyType: string }[];
  readonly globalSecondaryIndexes: {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: string }[];
    Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
  }[];
}

/** Everything AppSync holds for the data API, as synthesised. */
export interface DataApiDefinition {
  readonly schema: MappingTemplate;
  readonly authenticationType: string;
  readonly additionalAuthenticationTypes: string[];
  readonly dataSources: { name: string; type: string; tableName?: string }[];
  readonly functions: { name: string; dataSourceName: string; request: MappingTemplate; response: MappingTemplate }[];
  readonly resolvers: {
    typeName: string;
    fieldName: string;
    kind: 'UNIT' | 'PIPELINE';
    dataSourceName?: string;
    functions: string[];
    request: MappingTemplate;
    response: MappingTemplate;
  }[];
  readonly tables: TableDefinition[];
  /** The model introspection schema file that generateClient needs. */
  readonly modelIntrospectionFile: string;
}

function text(value: Json | undefined, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function template(assembly: CloudAssembly, props: JsonObject, kind: 'Request' | 'Response', name: string): MappingTemplate {
  const inline = props[`${kind}MappingTemplate`];
  if (typeof inline === 'string') return { path: `${name}.${kind.toLowerCase()}.vtl`, content: inline };
  const location = props[`${kind}MappingTemplateS3Location`];
  if (typeof location === 'string') {
    const file = assembly.assetPath(location);
    return { path: path.basename(file), content: readFileSync(file, 'utf8') };
  }
  // AppSync passes the result through when a template is absent.
  return { path: `${name}.${kind.toLowerCase()}.default.vtl`, content: kind === 'Request' ? '{}' : '$util.toJson($ctx.result)' };
}

function keySchema(value: Json | undefined): { AttributeName: string; KeyType: string }[] {
  return (Array.isArray(value) ? value : []).filter(isJsonObject).map((key) => ({
    AttributeName: text(key.attributeName ?? key.AttributeName, 'keySchema.attributeName'),
    KeyType: text(key.keyType ?? key.KeyType, 'keySchema.keyType'),
  }));
}

/** Reads a table from Custom::AmplifyDynamoDBTable (camelCase) or AWS::DynamoDB::Table (PascalCase). */
function table(props: JsonObject, fallbackName: string): TableDefinition {
  const attributes = props.attributeDefinitions ?? props.AttributeDefinitions;
  const indexes = props.globalSecondaryIndexes ?? props.GlobalSecondaryIndexes;
  return {
    tableName: typeof (props.tableName ?? props.TableName) === 'string' ? String(props.tableName ?? props.TableName) : fallbackName,
    attributeDefinitions: (Array.isArray(attributes) ? attributes : []).filter(isJsonObject).map((attribute) => ({
      AttributeName: text(attribute.attributeName ?? attribute.AttributeName, 'attributeName'),
      AttributeType: text(attribute.attributeType ?? attribute.AttributeType, 'attributeType'),
    })),
    keySchema: keySchema(props.keySchema ?? props.KeySchema),
    globalSecondaryIndexes: (Array.isArray(indexes) ? indexes : []).filter(isJsonObject).map((index) => {
      const projection = index.projection ?? index.Projection;
      const projectionType = isJsonObject(projection) ? (projection.projectionType ?? projection.ProjectionType) : 'ALL';
      const nonKey = isJsonObject(projection) ? (projection.nonKeyAttributes ?? projection.NonKeyAttributes) : undefined;
      return {
        IndexName: text(index.indexName ?? index.IndexName, 'indexName'),
        KeySchema: keySchema(index.keySchema ?? index.KeySchema),
        Projection: {
          ProjectionType: text(projectionType, 'projectionType'),
          ...(Array.isArray(nonKey) ? { NonKeyAttributes: nonKey.map((name) => text(name, 'nonKeyAttributes')) } : {}),
        },
      };
    }),
  };
}

function modelIntrospectionFile(assembly: CloudAssembly): string {
  for (const resource of assembly.resources().filter((r) => r.type === 'Custom::CDKBucketDeployment')) {
    const keys = resource.properties().SourceObjectKeys;
    for (const key of Array.isArray(keys) ? keys : []) {
      const file = path.join(assembly.assetPath(text(key, 'SourceObjectKeys')), 'modelIntrospectionSchema.json');
      try {
        readFileSync(file);
        return file;
      } catch {
        continue;
      }
    }
  }
  throw new Error(`The cloud assembly at ${assembly.dir} holds no modelIntrospectionSchema.json`);
}

/** Reads the GraphQL API (schema, resolvers, pipeline functions, data sources, tables, auth) from the assembly. */
export function readDataApi(assembly: CloudAssembly): DataApiDefinition {
  const resources = assembly.resources();
  const ofType = (type: string): JsonObject[] => resources.filter((r) => r.type === type).map((r) => r.properties());
  const apis = ofType('AWS::AppSync::GraphQLApi');
  const api = apis[0];
  if (!api || apis.length > 1) throw new Error(`Expected one AWS::AppSync::GraphQLApi in ${assembly.dir}, found ${apis.length}`);
  const schemaProps = ofType('AWS::AppSync::GraphQLSchema')[0];
  if (!schemaProps) throw new Error(`No AWS::AppSync::GraphQLSchema in ${assembly.dir}`);
  const schemaFile = typeof schemaProps.DefinitionS3Location === 'string' ? assembly.assetPath(schemaProps.DefinitionS3Location) : undefined;
  const schema = schemaFile
    ? { path: path.basename(schemaFile), content: readFileSync(schemaFile, 'utf8') }
    : { path: 'schema.graphql', content: text(schemaProps.Definition, 'GraphQLSchema.Definition') };
  const additional = Array.isArray(api.AdditionalAuthenticationProviders) ? api.AdditionalAuthenticationProviders : [];
  const tableResources = resources.filter((r) => r.type === 'Custom::AmplifyDynamoDBTable' || r.type === 'AWS::DynamoDB::Table');
  return {
    schema,
    authenticationType: text(api.AuthenticationType, 'GraphQLApi.AuthenticationType'),
    additionalAuthenticationTypes: additional.filter(isJsonObject).map((p) => text(p.AuthenticationType, 'AuthenticationType')),
    dataSources: ofType('AWS::AppSync::DataSource').map((props) => {
      const dynamo = isJsonObject(props.DynamoDBConfig) ? props.DynamoDBConfig : undefined;
      return {
        name: text(props.Name, 'DataSource.Name'),
        type: text(props.Type, 'DataSource.Type'),
        ...(dynamo ? { tableName: text(dynamo.TableName, 'DynamoDBConfig.TableName') } : {}),
      };
    }),
    functions: ofType('AWS::AppSync::FunctionConfiguration').map((props) => {
      const name = text(props.Name, 'FunctionConfiguration.Name');
      return {
        name,
        dataSourceName: text(props.DataSourceName, `${name}.DataSourceName`),
        request: template(assembly, props, 'Request', name),
        response: template(assembly, props, 'Response', name),
      };
    }),
    resolvers: ofType('AWS::AppSync::Resolver').map((props) => {
      const typeName = text(props.TypeName, 'Resolver.TypeName');
      const fieldName = text(props.FieldName, 'Resolver.FieldName');
      const pipeline = isJsonObject(props.PipelineConfig) ? props.PipelineConfig.Functions : undefined;
      const name = `${typeName}.${fieldName}`;
      return {
        typeName,
        fieldName,
        kind: props.Kind === 'PIPELINE' ? ('PIPELINE' as const) : ('UNIT' as const),
        ...(typeof props.DataSourceName === 'string' ? { dataSourceName: props.DataSourceName } : {}),
        functions: (Array.isArray(pipeline) ? pipeline : []).map((id) => text(id, `${name} pipeline function`)),
        request: template(assembly, props, 'Request', name),
        response: template(assembly, props, 'Response', name),
      };
    }),
    tables: tableResources.map((resource) => table(resource.properties(), resource.logicalId)),
    modelIntrospectionFile: modelIntrospectionFile(assembly),
  };
}
