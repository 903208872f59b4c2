/**
 * The occurrences of every variable, local, source and data source of an HCL2 folder: their
 * declarations, the references in every configuration file (`var.x`, `"${local.y}"`,
 * `data.T.N.attr`), the sources builds name (`sources = [...]`, `source "source.T.N" {}`,
 * provisioners' `only`/`except` and `override` keys, the aliases builds give sources), and the
 * values variable files assign.
 */
import type { Block, Expression } from '../../parsing/hcl/ast';
import { literalString, type HclConfiguration } from '../../model/hcl/configuration';
import type { HclFile } from '../../model/hcl/hclFile';
import { evaluatedReferences, stepName } from '../../model/hcl/referenceResolution';
import { buildRunOccurrences } from './buildRunOccurrences';
import { occurrence, sourceName, unquoted, type NavigationTarget, type Occurrence } from './occurrences';

const cache = new WeakMap<HclConfiguration, Occurrence[]>();

export function hclOccurrences(configuration: HclConfiguration): Occurrence[] {
  const cached = cache.get(configuration);
  if (cached !== undefined) return cached;
  const found: Array<Occurrence | undefined> = [];
  const declare = (target: NavigationTarget, file: HclFile, range: { start: number; end: number }) =>
    found.push(occurrence(target, file, unquoted(file.text, range), 'declaration'));

  for (const v of configuration.variables) declare({ kind: 'variable', name: v.name }, v.file, v.nameRange);
  for (const l of configuration.locals) declare({ kind: 'local', name: l.name }, l.file, l.nameRange);
  for (const s of configuration.sources) declare({ kind: 'source', type: s.type, name: s.name }, s.file, s.nameRange);
  for (const d of configuration.dataSources) declare({ kind: 'data', type: d.type, name: d.name }, d.file, d.nameRange);
  for (const a of configuration.assignments)
    found.push(occurrence({ kind: 'variable', name: a.name }, a.file, a.nameRange, 'reference'));

  for (const file of configuration.files) {
    if (file.role !== 'config') continue;
    found.push(...traversalOccurrences(file));
  }
  for (const build of configuration.builds) {
    for (const reference of build.sourceReferences) found.push(sourceReference(build.file, reference));
    for (const item of build.block.body.items)
      if (item.kind === 'block') found.push(...onlyExceptReferences(build.file, item));
    found.push(...buildRunOccurrences(build));
  }
  const result = found.filter((o): o is Occurrence => o !== undefined);
  cache.set(configuration, result);
  return result;
}

function traversalOccurrences(file: HclFile): Array<Occurrence | undefined> {
  const found: Array<Occurrence | undefined> = [];
  for (const traversal of evaluatedReferences(file).traversals) {
    const [first, second] = traversal.steps.map(stepName);
    if (first === undefined) continue;
    const at = (target: NavigationTarget, range: { start: number; end: number }) => {
      const named = occurrence(target, file, unquoted(file.text, range), 'reference');
      found.push(named && { ...named, hitRange: { start: traversal.rootRange.start, end: named.range.end } });
    };
    if (traversal.root === 'var') at({ kind: 'variable', name: first.name }, first.range);
    else if (traversal.root === 'local') at({ kind: 'local', name: first.name }, first.range);
    else if (traversal.root === 'data' && second !== undefined)
      at({ kind: 'data', type: first.name, name: second.name }, second.range);
  }
  return found;
}

function sourceReference(
  file: HclFile,
  reference: { value: string; range: { start: number; end: number } },
): Occurrence | undefined {
  const named = sourceName(file.text, reference.value, reference.range);
  if (named === undefined) return undefined;
  const found = occurrence({ kind: 'source', type: named.type, name: named.name }, file, named.range, 'reference');
  return found && { ...found, hitRange: reference.range };
}

const LIMITED_BLOCKS = new Set(['provisioner', 'error-cleanup-provisioner', 'post-processor', 'post-processors']);

/** `only = ["amazon-ebs.ubuntu"]` and `except = [...]` of a build's provisioners and post-processors. */
function onlyExceptReferences(file: HclFile, block: Block): Array<Occurrence | undefined> {
  if (!LIMITED_BLOCKS.has(block.type)) return [];
  const found: Array<Occurrence | undefined> = [];
  for (const item of block.body.items) {
    if (item.kind === 'block') found.push(...onlyExceptReferences(file, item));
    else if ((item.name === 'only' || item.name === 'except') && item.expression.kind === 'tuple')
      for (const entry of item.expression.items) found.push(stringSourceReference(file, entry));
  }
  return found;
}

function stringSourceReference(file: HclFile, entry: Expression): Occurrence | undefined {
  const text = literalString(entry);
  return text === undefined ? undefined : sourceReference(file, text);
}
