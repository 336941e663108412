import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Thrown when a flow template and its values do not match exactly. */
export class FlowTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowTemplateError';
  }
}

const PLACEHOLDER = /\$\{([^}"]*)\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Fills every `${Name}` in a flow template and returns the flow as compact JSON. Strict both ways:
 * a placeholder without a value, a value without a placeholder, a malformed placeholder or a result
 * that is not JSON all throw, so a typo fails synthesis instead of a phone call. Values are
 * JSON-escaped because placeholders sit inside JSON strings; CDK tokens pass through unchanged.
 */
export function renderFlowTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!NAME.test(name)) throw new FlowTemplateError(`malformed placeholder "${match[0]}" in the flow template`);
    if (!Object.hasOwn(values, name)) throw new FlowTemplateError(`the flow template uses \${${name}} but no value was given for it`);
    used.add(name);
  }
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new FlowTemplateError(`values given for placeholders the flow template does not use: ${unused.join(', ')}`);
  const withoutPlaceholders = template.replace(PLACEHOLDER, '');
  if (withoutPlaceholders.includes('${')) throw new FlowTemplateError('the flow template has an unterminated "${"');
  const rendered = template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name]).slice(1, -1));
  try {
    return JSON.stringify(JSON.parse(rendered));
  } catch (error) {
    throw new FlowTemplateError(`the rendered flow is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The contact flow template shipped in flows/, located from this file rather than the working directory. */
export const VANITY_FLOW_TEMPLATE_PATH = new URL('../../../flows/vanity-contact-flow.json', import.meta.url);

/** A digest of a flow template file's bytes: it changes exactly when the file does. */
export function flowFileDigest(path: URL | string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/** Reads and renders a flow template file. */
export function renderFlowFile(path: URL | string, values: Readonly<Record<string, string>>): string {
  return renderFlowTemplate(readFileSync(path, 'utf8'), values);
}
