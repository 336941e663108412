/** Reads one model's records through the data API (AppSync), as a signed-in dashboard user would. */
export interface RecordReader {
  get(id: string): Promise<Record<string, unknown> | null>;
}

interface IntrospectedModel {
  primaryKeyInfo: { primaryKeyFieldName: string };
  fields: Record<string, { name: string; type: unknown }>;
}

function model(introspection: unknown, name: string): IntrospectedModel {
  const models = (introspection as { models?: Record<string, IntrospectedModel> }).models;
  const found = models?.[name];
  if (!found) throw new Error(`The model introspection schema has no model ${name}`);
  return found;
}

/** A reader for `get<Model>`, selecting every scalar and enum field the model introspection lists. */
export function createRecordReader(graphqlUrl: string, modelName: string, introspection: unknown, idToken: () => string): RecordReader {
  const { primaryKeyInfo, fields } = model(introspection, modelName);
  const selection = Object.values(fields)
    .filter((field) => typeof field.type === 'string' || (typeof field.type === 'object' && field.type !== null && 'enum' in field.type))
    .map((field) => field.name);
  const key = primaryKeyInfo.primaryKeyFieldName;
  const query = `query Get($id: ID!) { get${modelName}(${key}: $id) { ${selection.join(' ')} } }`;
  return {
    async get(id) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: idToken() },
        body: JSON.stringify({ query, variables: { id } }),
      });
      const body = (await response.json()) as { data?: Record<string, Record<string, unknown> | null>; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`Reading ${modelName} ${id} failed: ${body.errors.map((e) => e.message).join('; ')}`);
      return body.data?.[`get${modelName}`] ?? null;
    },
  };
}
