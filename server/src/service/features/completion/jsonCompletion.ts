/**
 * Completion in a legacy JSON template: root keys, the settings of the builder, provisioner or
 * post-processor object under the cursor (by its `"type"`), component types after `"type":`,
 * setting values, builder names in `only`/`except`/`override`, and `{{ }}` template actions.
 */
import type { Segment } from 'jsonc-parser';
import type { ValueNode } from '../../parsing/tree';
import { ROOT_KEYS } from '../../model/templateRoot';
import { getComponentSchema, type ComponentKind } from '../../schema/schemaStore';
import { CompletionItemKind, type Candidate, type CompletionResult } from './candidate';
import { componentTypeCandidates } from './componentTypeItems';
import { asKey, insideQuotes, jsonPlaceAt, jsonValueCandidates } from './jsonPlace';
import { treeReader, type JsonReader } from './jsonReader';
import { legacyActionCandidates } from './legacyActions';
import { objectSchemaAt, settingCandidates } from './settingItems';

/** The component object a JSON path runs through, and the path inside it. */
interface ComponentPath {
  kind: ComponentKind;
  objectPath: Segment[];
  rest: Segment[];
}

const ROOT_SNIPPETS: Readonly<Record<string, string>> = {
  builders: '"builders": [\n  {\n    "type": "$1"\n  }\n]',
  provisioners: '"provisioners": [\n  {\n    "type": "$1"\n  }\n]',
  'post-processors': '"post-processors": [\n  {\n    "type": "$1"\n  }\n]',
  'error-cleanup-provisioner': '"error-cleanup-provisioner": {\n  "type": "$1"\n}',
  variables: '"variables": {\n  $1\n}',
  'sensitive-variables': '"sensitive-variables": [$1]',
  description: '"description": "$1"',
  min_packer_version: '"min_packer_version": "$1"',
};

/**
 * `root`: the analysis's tree of `text`. `setOutside`: undeclared variables the project's builds
 * set, name to where (for `{{user `...`}}`).
 */
export function jsonCompletion(
  text: string,
  root: ValueNode | undefined,
  offset: number,
  setOutside?: ReadonlyMap<string, string>,
): CompletionResult {
  const place = jsonPlaceAt(text, offset, treeReader(root));
  const { path, reader: tree } = place;
  if (place.key !== undefined) {
    const { range, keyOnly, present } = place.key;
    const candidates = keyCandidates(path.slice(0, -1), tree, present).map((c) => asKey(c, keyOnly));
    return { candidates, range };
  }
  if (place.string !== undefined) {
    const component = componentOf(path);
    const action = legacyActionCandidates(place.string.before, offset, {
      variables: variableNames(tree),
      ...(setOutside !== undefined && { setOutside }),
      componentType: component && componentType(tree, component),
      inVariables: path[0] === 'variables',
      inBuilder: component?.kind === 'builder',
    });
    return action ?? { candidates: insideQuotes(valueCandidates(path, tree)), range: place.string.range };
  }
  // Before any quote: the value as JSON, matched by its bare text as the user types it.
  return { candidates: valueCandidates(path, tree), range: place.range };
}

function keyCandidates(objectPath: Segment[], tree: JsonReader, present: Set<string>): Candidate[] {
  if (objectPath.length === 0) {
    return ROOT_KEYS.filter((k) => !present.has(k) && ROOT_SNIPPETS[k] !== undefined).map((k) => ({
      label: k,
      kind: CompletionItemKind.Property,
      insertText: ROOT_SNIPPETS[k]!,
      snippet: true,
    }));
  }
  const component = componentOf(objectPath);
  if (component === undefined) return [];
  const type = componentType(tree, component);
  if (component.kind === 'provisioner' && component.rest[0] === 'override' && component.rest.length === 1) {
    return builderNames(tree).map((name) => ({
      label: name,
      kind: CompletionItemKind.Reference,
      detail: 'builder',
      insertText: `"${name}": {\n  $1\n}`,
      snippet: true,
    }));
  }
  const schema = type === undefined ? undefined : getComponentSchema(component.kind, type);
  if (schema === undefined) {
    return present.has('type') || component.rest.length > 0
      ? []
      : [
          {
            label: 'type',
            kind: CompletionItemKind.Property,
            insertText: '"type": "$1"',
            snippet: true,
            sortText: '0',
          },
        ];
  }
  const blockPath = settingPath(component.rest);
  const candidates = settingCandidates({ schema, path: blockPath }, { syntax: 'json', present });
  return candidates.map((c) => (c.label === 'type' ? { ...c, sortText: '0' } : c));
}

/** Values for the string or value at `path`; `filterText` carries the unquoted text of a string value. */
function valueCandidates(path: Segment[], tree: JsonReader): Candidate[] {
  if (path[0] === 'sensitive-variables') return variableNames(tree).map((n) => quotedValue(n, 'variable'));
  if (isStringPostProcessor(path)) return typeCandidates('post-processor');
  const component = componentOf(path);
  if (component === undefined) return [];
  const [first, second] = component.rest;
  if (first === 'type' && component.rest.length === 1) return typeCandidates(component.kind);
  if ((first === 'only' || first === 'except') && typeof second === 'number') {
    return builderNames(tree).map((n) => quotedValue(n, 'builder'));
  }
  const type = componentType(tree, component);
  const schema = type === undefined ? undefined : getComponentSchema(component.kind, type);
  const key = component.rest[component.rest.length - 1];
  if (schema === undefined || typeof key !== 'string') return [];
  const blockPath = settingPath(component.rest.slice(0, -1));
  const property = objectSchemaAt({ schema, path: blockPath })?.properties?.[key];
  if (property === undefined) return [];
  return jsonValueCandidates(property, schema);
}

/** `"post-processors": ["compress"]` and chains of them: a string names a post-processor type. */
function isStringPostProcessor(path: Segment[]): boolean {
  return (
    path[0] === 'post-processors' &&
    typeof path[1] === 'number' &&
    (path.length === 2 || (path.length === 3 && typeof path[2] === 'number'))
  );
}

function typeCandidates(kind: ComponentKind): Candidate[] {
  return componentTypeCandidates(kind, (type) => ({
    label: JSON.stringify(type),
    insertText: JSON.stringify(type),
    filterText: type,
  }));
}

function quotedValue(value: string, detail: string): Candidate {
  const quoted = JSON.stringify(value);
  return { label: quoted, kind: CompletionItemKind.Value, detail, insertText: quoted, filterText: value };
}

function componentOf(path: Segment[]): ComponentPath | undefined {
  const [root, index, inner] = path;
  if (root === 'error-cleanup-provisioner') return { kind: 'provisioner', objectPath: [root], rest: path.slice(1) };
  if (typeof index !== 'number') return undefined;
  if (root === 'builders') return { kind: 'builder', objectPath: path.slice(0, 2), rest: path.slice(2) };
  if (root === 'provisioners') return { kind: 'provisioner', objectPath: path.slice(0, 2), rest: path.slice(2) };
  if (root !== 'post-processors') return undefined;
  // A chain is an array inside the post-processors array.
  if (typeof inner === 'number') return { kind: 'post-processor', objectPath: path.slice(0, 3), rest: path.slice(3) };
  return { kind: 'post-processor', objectPath: path.slice(0, 2), rest: path.slice(2) };
}

/**
 * The nested-block keys of a path inside a component, array indices left out. A provisioner's
 * `override.<builder name>` holds the provisioner's own settings again.
 */
function settingPath(rest: Segment[]): string[] {
  const keys = rest.filter((s): s is string => typeof s === 'string');
  return keys[0] === 'override' && keys.length >= 2 ? keys.slice(2) : keys;
}

function componentType(tree: JsonReader, component: ComponentPath): string | undefined {
  return tree.stringAt([...component.objectPath, 'type']);
}

function builderNames(tree: JsonReader): string[] {
  const names = Array.from(
    { length: tree.lengthAt(['builders']) },
    (_, index) => tree.stringAt(['builders', index, 'name']) ?? tree.stringAt(['builders', index, 'type']),
  );
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}

function variableNames(tree: JsonReader): string[] {
  return tree.keysAt(['variables']);
}
