/**
 * Amazon Connect Flow Language, the `Content` of a contact flow
 * (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html).
 */
export interface FlowCondition {
  readonly Operator: string;
  readonly Operands: readonly string[];
}

/** Where an action goes next: by condition, by error type, or by default. */
export interface FlowTransitions {
  readonly NextAction?: string;
  readonly Conditions?: readonly { readonly NextAction: string; readonly Condition: FlowCondition }[];
  readonly Errors?: readonly { readonly NextAction: string; readonly ErrorType: string }[];
}

/** One block of a flow. */
export interface FlowAction {
  readonly Identifier: string;
  readonly Type: string;
  readonly Parameters: { readonly [key: string]: unknown };
  readonly Transitions: FlowTransitions;
}

/** A whole flow document. */
export interface FlowDocument {
  readonly Version: string;
  readonly StartAction: string;
  readonly Actions: readonly FlowAction[];
}

function fail(message: string): never {
  throw new Error(`Invalid contact flow: ${message}`);
}

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks what Connect checks when a flow is published and the twin relies on: the version, unique
 * identifiers, and that StartAction and every transition name an existing action.
 */
export function parseFlow(content: string | unknown): FlowDocument {
  const flow: unknown = typeof content === 'string' ? JSON.parse(content) : content;
  if (!isRecord(flow)) fail('the content is not a JSON object');
  if (flow.Version !== '2019-10-30') fail(`Version must be "2019-10-30", got ${JSON.stringify(flow.Version)}`);
  if (!Array.isArray(flow.Actions) || flow.Actions.length === 0) fail('Actions must be a non-empty list');
  const ids = new Set<string>();
  for (const action of flow.Actions as unknown[]) {
    if (!isRecord(action) || typeof action.Identifier !== 'string' || typeof action.Type !== 'string') {
      fail(`every action needs a string Identifier and Type: ${JSON.stringify(action).slice(0, 120)}`);
    }
    if (ids.has(action.Identifier)) fail(`duplicate action Identifier "${action.Identifier}"`);
    if (!isRecord(action.Parameters) || !isRecord(action.Transitions)) fail(`action "${action.Identifier}" needs Parameters and Transitions objects`);
    ids.add(action.Identifier);
  }
  if (typeof flow.StartAction !== 'string' || !ids.has(flow.StartAction)) fail(`StartAction ${JSON.stringify(flow.StartAction)} is not an action`);
  const document = flow as unknown as FlowDocument;
  for (const action of document.Actions) {
    const targets = [
      action.Transitions.NextAction,
      ...(action.Transitions.Conditions ?? []).map((c) => c.NextAction),
      ...(action.Transitions.Errors ?? []).map((e) => e.NextAction),
    ];
    for (const target of targets) {
      if (target !== undefined && !ids.has(target)) fail(`action "${action.Identifier}" transitions to unknown action "${target}"`);
    }
  }
  return document;
}
