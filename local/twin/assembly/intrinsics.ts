/** A JSON value as CloudFormation templates hold it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** What a template's intrinsic functions can look up while being resolved locally. */
export interface IntrinsicScope {
  ref(name: string): Json;
  getAtt(logicalId: string, attribute: string): Json;
  condition(name: string): boolean;
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: Json | undefined, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${where}: expected a string, got ${JSON.stringify(value)}`);
}

function asArray(value: Json | undefined, where: string): Json[] {
  if (Array.isArray(value)) return value;
  throw new Error(`${where}: expected a list, got ${JSON.stringify(value)}`);
}

function substitute(template: string, variables: JsonObject, scope: IntrinsicScope): string {
  return template.replace(/\$\{([^}!][^}]*)\}/g, (_match, name: string) => {
    const local = variables[name];
    if (local !== undefined) return asString(local, `Fn::Sub \${${name}}`);
    const dot = name.indexOf('.');
    const value = dot > 0 ? scope.getAtt(name.slice(0, dot), name.slice(dot + 1)) : scope.ref(name);
    return asString(value, `Fn::Sub \${${name}}`);
  });
}

/**
 * Resolves the intrinsic functions CDK emits (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select,
 * Fn::Split, Fn::If, Fn::Equals, Fn::Not, Fn::And, Fn::Or) with local values; `undefined` means
 * AWS::NoValue, so the caller drops the key. An unknown intrinsic is an error, never passed through.
 */
export function resolveIntrinsics(value: Json, scope: IntrinsicScope): Json | undefined {
  if (Array.isArray(value)) {
    return value.map((item) => resolveIntrinsics(item, scope)).filter((item): item is Json => item !== undefined);
  }
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  const only = keys.length === 1 ? keys[0] : undefined;
  if (only !== undefined && (only === 'Ref' || only === 'Condition' || only.startsWith('Fn::'))) {
    return resolveFunction(only, value[only] ?? null, scope);
  }
  const resolved: JsonObject = {};
  for (const key of keys) {
    const item = resolveIntrinsics(value[key] ?? null, scope);
    if (item !== undefined) resolved[key] = item;
  }
  return resolved;
}

function resolveFunction(name: string, argument: Json, scope: IntrinsicScope): Json | undefined {
  const arg = (): Json | undefined => resolveIntrinsics(argument, scope);
  switch (name) {
    case 'Ref': {
      const target = asString(argument, 'Ref');
      return target === 'AWS::NoValue' ? undefined : scope.ref(target);
    }
    case 'Condition':
      return scope.condition(asString(argument, 'Condition'));
    case 'Fn::GetAtt': {
      const parts = typeof argument === 'string' ? argument.split('.') : asArray(argument, 'Fn::GetAtt');
      const [logicalId, ...attribute] = parts.map((part) => asString(part, 'Fn::GetAtt'));
      if (logicalId === undefined) throw new Error('Fn::GetAtt without a logical id');
      return scope.getAtt(logicalId, attribute.join('.'));
    }
    case 'Fn::Join': {
      const [separator, items] = asArray(argument, 'Fn::Join');
      const list = asArray(resolveIntrinsics(items ?? null, scope), 'Fn::Join');
      return list.map((item) => asString(item, 'Fn::Join')).join(asString(separator, 'Fn::Join'));
    }
    case 'Fn::Sub': {
      if (typeof argument === 'string') return substitute(argument, {}, scope);
      const [template, variables] = asArray(argument, 'Fn::Sub');
      const resolved = resolveIntrinsics(variables ?? {}, scope);
      return substitute(asString(template, 'Fn::Sub'), isJsonObject(resolved) ? resolved : {}, scope);
    }
    case 'Fn::Select': {
      const [index, list] = asArray(argument, 'Fn::Select');
      const items = asArray(resolveIntrinsics(list ?? null, scope), 'Fn::Select');
      const at = Number(resolveIntrinsics(index ?? null, scope));
      const item = items[at];
      if (item === undefined) throw new Error(`Fn::Select: index ${at} out of range ${JSON.stringify(items)}`);
      return item;
    }
    case 'Fn::Split': {
      const [separator, source] = asArray(argument, 'Fn::Split');
      return asString(resolveIntrinsics(source ?? null, scope), 'Fn::Split').split(asString(separator, 'Fn::Split'));
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = asArray(argument, 'Fn::If');
      const branch = scope.condition(asString(condition, 'Fn::If')) ? whenTrue : whenFalse;
      return resolveIntrinsics(branch ?? null, scope);
    }
    case 'Fn::Equals': {
      const [left, right] = asArray(arg() ?? null, 'Fn::Equals');
      return JSON.stringify(left) === JSON.stringify(right);
    }
    case 'Fn::Not':
      return !asArray(arg() ?? null, 'Fn::Not')[0];
    case 'Fn::And':
      return asArray(arg() ?? null, 'Fn::And').every(Boolean);
    case 'Fn::Or':
      return asArray(arg() ?? null, 'Fn::Or').some(Boolean);
    default:
      throw new Error(`The local twin cannot resolve the intrinsic ${name}: ${JSON.stringify(argument).slice(0, 200)}`);
  }
}
