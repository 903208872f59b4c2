/**
 * Completion inside a `{{ }}` action of a legacy template string: function names after `{{` (or
 * after a pipe), variable names in `{{user `|`}}` (and `{{ user "|" }}`), the names of
 * `{{ build `|` }}`, and the `{{ .Name }}` fields the component under the cursor fills in.
 */
import {
  allBuildVariables,
  allLegacyContextVariables,
  allLegacyFunctions,
  isComponentAmong,
  signatureLabel,
} from '../../packer/functions';
import type { LegacyFunctionSignature } from '../../packer/functions';
import { docsLink, paragraphs } from '../markdown';
import { CompletionItemKind, type Candidate, type CompletionResult } from './candidate';

export interface ActionScope {
  /** The template's user variables. */
  variables: readonly string[];
  /** Variables the project's builds set with -var-file or -var although the template does not declare them: name to where. */
  setOutside?: ReadonlyMap<string, string>;
  /** The type of the builder, provisioner or post-processor the string belongs to. */
  componentType: string | undefined;
  /** The string is a variable's default (where `env`, `vault`... may be used). */
  inVariables: boolean;
  /** The string belongs to a builder (builder-specific functions such as clean_resource_name). */
  inBuilder: boolean;
}

/** The text of the action the cursor is in, from just after its `{{`; undefined outside any. */
export function openAction(beforeCursor: string): string | undefined {
  const open = beforeCursor.lastIndexOf('{{');
  if (open < 0 || beforeCursor.indexOf('}}', open) >= 0) return undefined;
  return beforeCursor.slice(open + 2);
}

export function legacyActionCandidates(
  beforeCursor: string,
  offset: number,
  scope: ActionScope,
): CompletionResult | undefined {
  const action = openAction(beforeCursor);
  if (action === undefined) return undefined;
  const range = (typed: string) => ({ start: offset - typed.length, end: offset });
  // In JSON source a double quote is escaped: `{{ user \"name\" }}`.
  const user = /^-?\s*user\s+\\?[`"]([\w.-]*)$/.exec(action);
  if (user !== null) {
    const candidates: Candidate[] = scope.variables.map((name) => ({
      label: name,
      kind: CompletionItemKind.Variable,
      detail: 'template variable',
      insertText: name,
    }));
    for (const [name, where] of scope.setOutside ?? []) {
      if (scope.variables.includes(name)) continue;
      candidates.push({ label: name, kind: CompletionItemKind.Variable, detail: where, insertText: name });
    }
    return { candidates, range: range(user[1] ?? '') };
  }
  const shared = /^-?\s*build\s+\\?[`"](\w*)$/.exec(action);
  if (shared !== null) return { candidates: buildVariableCandidates(), range: range(shared[1] ?? '') };
  const field = /(?:^-?|\|)\s*\.(\w*)$/.exec(action);
  if (field !== null) return { candidates: fieldCandidates(scope.componentType), range: range(field[1] ?? '') };
  // The first word of the action, or the first after a pipe: a function name.
  const word = /(?:^-?|\|)\s*(\w*)$/.exec(action);
  if (word === null) return { candidates: [], range: range('') };
  return { candidates: functionCandidates(scope), range: range(word[1] ?? '') };
}

function functionCandidates(scope: ActionScope): Candidate[] {
  return allLegacyFunctions()
    .filter((fn) => (fn.onlyInVariables !== true || scope.inVariables) && availableIn(fn, scope))
    .map((fn) => ({
      label: fn.name,
      kind: CompletionItemKind.Function,
      detail: signatureLabel(fn),
      documentation: paragraphs(
        fn.summary,
        fn.deprecated,
        fn.notInPacker166 === true && 'Not available in Packer 1.6.6.',
        docsLink(fn.docs),
      ),
      // Go templates take arguments after spaces; back quotes need no escaping inside JSON.
      insertText: [
        fn.name,
        ...fn.parameters.filter((p) => !p.variadic).map((p, i) => `\`\${${i + 1}:${p.name}}\``),
      ].join(' '),
      snippet: true,
      ...(fn.deprecated !== undefined && { deprecated: true }),
    }));
}

function availableIn(fn: LegacyFunctionSignature, scope: ActionScope): boolean {
  if (fn.builders === undefined) return true;
  return scope.inBuilder && scope.componentType !== undefined && isComponentAmong(fn.builders, scope.componentType);
}

/** `{{ build `Host` }}`: what the builder shares once the machine is up. */
function buildVariableCandidates(): Candidate[] {
  return allBuildVariables('legacy').map((v) => ({
    label: v.name,
    kind: CompletionItemKind.Field,
    detail: v.summary,
    insertText: v.name,
  }));
}

function fieldCandidates(componentType: string | undefined): Candidate[] {
  return allLegacyContextVariables()
    .filter((v) => componentType === undefined || isComponentAmong(v.components, componentType))
    .map((v) => ({
      label: v.name,
      kind: CompletionItemKind.Field,
      detail: v.summary,
      documentation: docsLink(v.docs),
      insertText: v.name,
    }));
}
