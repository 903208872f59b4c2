/**
 * Completion in an HCL2 file (`*.pkr.hcl`, `*.pkrvars.hcl`): block and argument names where a new
 * line of a body starts, component types in block labels, and values, references and functions
 * in expressions.
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import { CompletionItemKind, type Candidate, type CompletionResult } from './candidate';
import { componentTypeCandidates } from './componentTypeItems';
import { hclFunctionCandidates } from './functionItems';
import { hclCursorAt, type HclCursor } from './hclCursor';
import { referenceCandidates, rootCandidates, sourceReferenceCandidates, typedReference } from './hclReferences';
import { labelledComponentKind } from '../context/hclComponent';
import { scopeOf, type HclScope } from './hclScope';
import { isHclBody, VARIABLE_TYPES } from '../../packer/hclBlocks';
import { variableDefaultFunctionCandidates } from './functionItems';
import { objectKeyCandidates, pluginSourceValue, pluginVersionValue } from './objectKeyItems';
import { objectSchemaAt, settingCandidates } from './settingItems';
import { valueOptions } from './settingShapes';
import { dynamicBlockCandidate, pluginCandidates, structureCandidates } from './structureItems';

/** Settings a provisioner or post-processor takes in HCL2 that its legacy JSON schema does not list. */
const HCL_ONLY_META: Readonly<Record<string, ReadonlyArray<[string, string, string]>>> = {
  provisioner: [
    ['name', 'name = "$1"', 'string, a name for this provisioner'],
    ['continue_on_error', 'continue_on_error = ${1|true,false|}', 'bool, go on when it fails (newer Packer)'],
  ],
  'post-processor': [['name', 'name = "$1"', 'string, a name for this post-processor']],
  'build-source': [['name', 'name = "$1"', 'string, the name this source gets in the build']],
};

export function hclCompletion(
  text: string,
  offset: number,
  file: HclFile | undefined,
  configuration: HclConfiguration | undefined,
): CompletionResult {
  const cursor = hclCursorAt(text, offset);
  const range = { start: cursor.wordStart, end: offset };
  const scope = scopeOf(cursor.blocks);
  const position = cursor.position;
  switch (position.kind) {
    case 'body':
      if (file?.role === 'vars' || file?.role === 'auto-vars') {
        return { candidates: cursor.blocks.length === 0 ? assignmentCandidates(configuration, cursor) : [], range };
      }
      return { candidates: bodyCandidates(scope, cursor), range };
    case 'label': {
      const labelRange = position.quoted ? { start: cursor.wordStart, end: cursor.wordEnd } : range;
      return { candidates: labelCandidates(position, cursor, configuration, position.quoted), range: labelRange };
    }
    case 'expression':
      // A variable file holds plain values; an object key is the user's own name, but for a few objects.
      if (file?.role === 'vars' || file?.role === 'auto-vars') return { candidates: [], range };
      if (position.objectKey) {
        const keyRange = { start: cursor.wordStart, end: cursor.wordEnd };
        return { candidates: objectKeyCandidates(position, scope, configuration) ?? [], range: keyRange };
      }
      return expressionCandidates(text, offset, cursor, scope, configuration);
    default:
      return { candidates: [], range };
  }
}

function bodyCandidates(scope: HclScope, cursor: HclCursor): Candidate[] {
  if (scope.kind === 'structure') {
    if (scope.name === 'required_plugins') return pluginCandidates(cursor.siblings, 'hcl');
    return isHclBody(scope.name) ? structureCandidates(scope.name, cursor.siblings, 'hcl') : [];
  }
  if (scope.kind !== 'component' || scope.target === undefined) return [];
  const candidates = settingCandidates(scope.target, {
    syntax: 'hcl',
    present: cursor.siblings,
    // In HCL2 the type is a label, and a source has its name as a label too.
    omit: new Set(['type', 'name']),
  });
  if (nestedBlockNames(scope).length > 0) candidates.push(dynamicBlockCandidate());
  if (scope.target.path.length === 0) {
    for (const [name, snippet, detail] of HCL_ONLY_META[scope.role] ?? []) {
      if (cursor.siblings.has(name) || candidates.some((c) => c.label === name)) continue;
      candidates.push({
        label: name,
        kind: CompletionItemKind.Property,
        detail,
        insertText: snippet,
        snippet: true,
        sortText: `3_${name}`,
      });
    }
  }
  return candidates;
}

/** In a variable file: `name = ` for each variable of the folder not yet set in this file. */
function assignmentCandidates(configuration: HclConfiguration | undefined, cursor: HclCursor): Candidate[] {
  const seen = new Set(cursor.siblings);
  const candidates: Candidate[] = [];
  for (const variable of configuration?.variables ?? []) {
    if (seen.has(variable.name)) continue;
    seen.add(variable.name);
    candidates.push({
      label: variable.name,
      kind: CompletionItemKind.Variable,
      detail: `variable, in ${variable.file.name}`,
      insertText: `${variable.name} = ${valueSnippetFor(declaredType(variable))}`,
      snippet: true,
    });
  }
  return candidates;
}

/** The `type = ...` of a `variable` block as written (`string`, `list(string)`), if any. */
function declaredType(variable: HclConfiguration['variables'][number]): string | undefined {
  const type = variable.block?.body.items.find((i) => i.kind === 'attribute' && i.name === 'type');
  if (type?.kind !== 'attribute') return undefined;
  return variable.file.text.slice(type.expression.range.start, type.expression.range.end).replace(/\s+/g, '');
}

/** A value of the declared type's shape, so that a string gets its quotes and a list its brackets. */
function valueSnippetFor(type: string | undefined): string {
  if (type === 'string') return '"$1"';
  if (type === 'bool') return '${1|true,false|}';
  if (type !== undefined && /^(list|set|tuple)\(/.test(type)) return '[$1]';
  if (type !== undefined && /^(map|object)\(/.test(type)) return '{\n  $1\n}';
  return '$1';
}

function labelCandidates(
  position: { blockType: string; index: number },
  cursor: HclCursor,
  configuration: HclConfiguration | undefined,
  quoted: boolean,
): Candidate[] {
  if (position.index !== 0) return [];
  const quote = (s: string) => (quoted ? s : `"${s}"`);
  if (position.blockType === 'dynamic') {
    return nestedBlockNames(scopeOf(cursor.blocks)).map((name) => ({
      label: name,
      kind: CompletionItemKind.Module,
      detail: 'nested block',
      insertText: quote(name),
    }));
  }
  const inBuild = cursor.blocks.length === 1 && cursor.blocks[0]?.type === 'build';
  if (inBuild && position.blockType === 'source') {
    return sourceReferenceCandidates(configuration, (reference) => ({ insertText: quote(reference) }));
  }
  const kind = labelledComponentKind(position.blockType);
  const atTop = cursor.blocks.length === 0 && (position.blockType === 'source' || position.blockType === 'data');
  const inBuildBody = cursor.blocks.length >= 1 && cursor.blocks[0]?.type === 'build' && !atTop;
  if (kind === undefined || (!atTop && !inBuildBody)) return [];
  return componentTypeCandidates(kind, (type) => ({ label: type, insertText: quote(type) }));
}

function expressionCandidates(
  text: string,
  offset: number,
  cursor: HclCursor,
  scope: HclScope,
  configuration: HclConfiguration | undefined,
): CompletionResult {
  const position = cursor.position;
  if (position.kind !== 'expression') return { candidates: [], range: { start: offset, end: offset } };
  const inBuild = cursor.blocks.length === 1 && cursor.blocks[0]?.type === 'build';
  const sourceRefs = inBuild && position.attribute === 'sources' && position.inTuple;
  const buildNames =
    scope.kind === 'component' &&
    (scope.role === 'provisioner' || scope.role === 'post-processor') &&
    (position.attribute === 'only' || position.attribute === 'except') &&
    position.inTuple;
  if (position.inString) {
    const range = { start: cursor.wordStart, end: cursor.wordEnd };
    const candidates: Candidate[] = sourceRefs ? sourceReferences(configuration, false) : [];
    candidates.push(...pluginSourceValue(position, scope), ...pluginVersionValue(position, scope, configuration));
    if (buildNames) candidates.push(...sourceNames(configuration, false));
    propertyValues(scope, position.attribute).forEach((option, index) => {
      if (option.isString) candidates.push(valueCandidate(option.bare, option.detail, index));
    });
    return { candidates, range };
  }
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const typed = typedReference(line, offset, cursor.wordEnd);
  const range = typed.range;
  if (typed.parts !== undefined) return { candidates: referenceCandidates(typed.parts, configuration, scope), range };
  const candidates: Candidate[] = [];
  if (sourceRefs) candidates.push(...sourceReferences(configuration, true));
  if (buildNames) candidates.push(...sourceNames(configuration, true));
  if (position.attribute === 'type' && scope.kind === 'structure' && scope.name === 'variable') {
    candidates.push(...VARIABLE_TYPES.map((t, index) => valueCandidate(t, 'type', index)));
  }
  propertyValues(scope, position.attribute).forEach((option, index) =>
    candidates.push(valueCandidate(option.text, option.detail, index)),
  );
  candidates.push(...rootCandidates(scope), ...hclFunctionCandidates());
  // `env` reads the environment, which Packer allows only in a variable's default.
  if (position.attribute === 'default' && scope.kind === 'structure' && scope.name === 'variable') {
    candidates.push(...variableDefaultFunctionCandidates());
  }
  return { candidates, range };
}

/** The nested blocks of the component under the cursor, which `dynamic "x"` may write. */
function nestedBlockNames(scope: HclScope): string[] {
  if (scope.kind !== 'component' || scope.target === undefined) return [];
  const properties = objectSchemaAt(scope.target)?.properties ?? {};
  return Object.entries(properties)
    .filter(([, property]) => property['x-packer-type'] === 'block' && !property['x-packer-internal'])
    .map(([name]) => name);
}

function sourceReferences(configuration: HclConfiguration | undefined, quoted: boolean): Candidate[] {
  return sourceReferenceCandidates(configuration, (reference) => ({
    insertText: quoted ? `"${reference}"` : reference,
  }));
}

/** The value options of the argument the cursor is in, when it is a known setting of a component. */
function propertyValues(scope: HclScope, attribute: string | undefined) {
  if (attribute === undefined) return [];
  if (scope.kind === 'structure' && attribute === 'sensitive') return [bool(true), bool(false)];
  if (scope.kind !== 'component' || scope.target === undefined) return [];
  const property = objectSchemaAt(scope.target)?.properties?.[attribute];
  return property === undefined ? [] : valueOptions(property, scope.target.schema);
}

const bool = (value: boolean) => ({ text: String(value), bare: String(value), isString: false, detail: 'bool' });

/** Values come first, in the order given (the default, then the schema's order). */
function valueCandidate(text: string, detail: string, index: number): Candidate {
  const sortText = `0_${String(index).padStart(3, '0')}`;
  return { label: text, kind: CompletionItemKind.Value, detail, insertText: text, sortText };
}

/** `only` and `except` name sources as `<type>.<name>`. */
function sourceNames(configuration: HclConfiguration | undefined, quoted: boolean): Candidate[] {
  const names = [...new Set((configuration?.sources ?? []).map((s) => `${s.type}.${s.name}`))];
  return names.map((name) => ({
    label: name,
    kind: CompletionItemKind.Reference,
    detail: 'source',
    insertText: quoted ? `"${name}"` : name,
    sortText: `0_${name}`,
  }));
}
