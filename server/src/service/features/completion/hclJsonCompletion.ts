/**
 * Completion in HCL2's JSON syntax (`*.pkr.json`): the JSON path is read as HCL reads it (a key is
 * a block type when Packer's schema says so, followed by one object level per label, arrays
 * allowed in between), so the same scopes serve as in native HCL2: block types, component types
 * where a label goes, component settings as JSON keys, and setting values.
 */
import type { Segment } from 'jsonc-parser';
import type { HclConfiguration } from '../../model/hcl/configuration';
import type { HclFileRole } from '../../model/hcl/hclFile';
import { CompletionItemKind, type Candidate, type CompletionResult } from './candidate';
import { componentTypeCandidates } from './componentTypeItems';
import type { BlockHeader } from './hclCursor';
import { sourceReferenceCandidates } from './hclReferences';
import { labelledComponentKind } from '../context/hclComponent';
import { scopeOf } from './hclScope';
import { hclBodyEntry, isHclBody } from '../../packer/hclBlocks';
import { hclJsonTemplateCandidates } from './hclJsonTemplates';
import { pluginCandidates, pluginRequirementKeys, structureCandidates } from './structureItems';
import { asKey, insideQuotes, jsonPlaceAt, jsonValueCandidates } from './jsonPlace';
import { objectSchemaAt, settingCandidates } from './settingItems';

interface Reading {
  blocks: BlockHeader[];
  /** The path stopped inside a block header: `labels` are read, the next one is at the cursor. */
  header?: { type: string; labels: string[] };
  /** The path entered the value of this attribute. */
  attribute?: string;
}

export function hclJsonCompletion(
  text: string,
  offset: number,
  configuration: HclConfiguration | undefined,
  role: HclFileRole,
): CompletionResult {
  const place = jsonPlaceAt(text, offset);
  if (place.key !== undefined) {
    const { range, keyOnly, present } = place.key;
    const path = place.path;
    const reading = read(path.slice(0, -1));
    if (role !== 'config') {
      return {
        candidates: path.length === 1 ? assignments(configuration, present).map((c) => asKey(c, keyOnly)) : [],
        range,
      };
    }
    const candidates = reading.header
      ? labelCandidates(reading.blocks, reading.header, configuration)
      : reading.attribute === undefined
        ? bodyCandidates(reading.blocks, present).map((c) => asKey(c, keyOnly))
        : attributeKeyCandidates(reading, path, present).map((c) => asKey(c, keyOnly));
    return { candidates, range };
  }
  const reading = read(place.path);
  // `"${var.|}"`: HCL's JSON syntax reads strings as templates.
  const template =
    place.string && role === 'config' && reading.header === undefined
      ? hclJsonTemplateCandidates(place.string.before, offset, reading.blocks, configuration, reading.attribute)
      : undefined;
  if (template !== undefined) return template;
  const values = reading.header || role !== 'config' ? [] : valueCandidates(reading, configuration);
  return place.string
    ? { candidates: insideQuotes(values), range: place.string.range }
    : { candidates: values, range: place.range };
}

/** Reads a JSON path as HCL's JSON syntax does, with Packer's block schema. */
function read(path: readonly Segment[]): Reading {
  const blocks: BlockHeader[] = [];
  let i = 0;
  while (i < path.length) {
    const segment = path[i++];
    if (typeof segment !== 'string') continue;
    const count = labelCount(blocks, segment);
    if (count === undefined) return { blocks, attribute: segment };
    const labels: string[] = [];
    while (labels.length < count) {
      while (typeof path[i] === 'number') i++;
      const label = path[i++];
      if (typeof label !== 'string') return { blocks, header: { type: segment, labels } };
      labels.push(label);
    }
    blocks.push({ type: segment, labels });
  }
  return { blocks };
}

function labelCount(blocks: readonly BlockHeader[], key: string): number | undefined {
  const scope = scopeOf(blocks);
  if (scope.kind === 'structure') {
    const entry = isHclBody(scope.name) ? hclBodyEntry(scope.name, key) : undefined;
    return entry?.kind === 'block' ? entry.labels : undefined;
  }
  if (scope.kind !== 'component' || scope.target === undefined) return undefined;
  const property = objectSchemaAt(scope.target)?.properties?.[key];
  return property?.['x-packer-type'] === 'block' ? 0 : undefined;
}

function labelCandidates(
  blocks: readonly BlockHeader[],
  header: { type: string; labels: string[] },
  configuration: HclConfiguration | undefined,
): Candidate[] {
  const kind = labelledComponentKind(header.type);
  if (kind === undefined || header.labels.length !== 0) return [];
  const inBuild = blocks[0]?.type === 'build';
  if (inBuild && blocks.length === 1 && header.type === 'source') {
    return sourceReferenceCandidates(configuration, (reference) => ({
      insertText: `"${reference}": {\n  $0\n}`,
      snippet: true,
      filterText: `"${reference}"`,
    }));
  }
  const atTop = blocks.length === 0 && (header.type === 'source' || header.type === 'data');
  if (!atTop && !(inBuild && header.type !== 'source')) return [];
  // A source or data block has a second label, the name: one object level more.
  const body = kind === 'builder' || kind === 'data-source' ? '{\n  "${1:name}": {\n    $0\n  }\n}' : '{\n  $0\n}';
  return componentTypeCandidates(kind, (type) => ({
    label: type,
    insertText: `"${type}": ${body}`,
    snippet: true,
    filterText: `"${type}"`,
  }));
}

function bodyCandidates(blocks: readonly BlockHeader[], present: ReadonlySet<string>): Candidate[] {
  const scope = scopeOf(blocks);
  if (scope.kind === 'structure') {
    if (scope.name === 'required_plugins') return pluginCandidates(present, 'json');
    return isHclBody(scope.name) ? structureCandidates(scope.name, present, 'json') : [];
  }
  if (scope.kind !== 'component' || scope.target === undefined) return [];
  return settingCandidates(scope.target, { syntax: 'json', present, omit: new Set(['type']) });
}

/** Keys inside an argument's object value: the `version` and `source` of a plugin requirement. */
function attributeKeyCandidates(reading: Reading, path: readonly Segment[], present: ReadonlySet<string>): Candidate[] {
  const scope = scopeOf(reading.blocks);
  const inPlugin = scope.kind === 'structure' && scope.name === 'required_plugins';
  // packer > required_plugins > NAME > the key being typed (arrays of blocks left out).
  const depth = path.filter((s) => typeof s === 'string').length;
  if (!inPlugin || reading.attribute === undefined || depth !== 4) return [];
  return pluginRequirementKeys(reading.attribute, present, 'json');
}

function valueCandidates(reading: Reading, configuration: HclConfiguration | undefined): Candidate[] {
  const { blocks, attribute } = reading;
  if (attribute === undefined) return [];
  if (attribute === 'sources' && blocks.length === 1 && blocks[0]?.type === 'build') {
    return sourceReferenceCandidates(configuration, (reference) => ({
      label: JSON.stringify(reference),
      insertText: JSON.stringify(reference),
      filterText: reference,
    }));
  }
  const scope = scopeOf(blocks);
  if (scope.kind !== 'component' || scope.target === undefined) return [];
  const property = objectSchemaAt(scope.target)?.properties?.[attribute];
  if (property === undefined) return [];
  return jsonValueCandidates(property, scope.target.schema);
}

/** In a variable file: the folder's variables not yet set. */
function assignments(configuration: HclConfiguration | undefined, present: ReadonlySet<string>): Candidate[] {
  const names = new Set((configuration?.variables ?? []).map((v) => v.name));
  return [...names]
    .filter((name) => !present.has(name))
    .map((name) => ({ label: name, kind: CompletionItemKind.Variable, insertText: `"${name}": $1`, snippet: true }));
}
