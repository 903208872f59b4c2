/**
 * Names that must be unique in a whole HCL2 configuration folder: sources and data sources per
 * type, variables and locals. Packer reads the folder's files in name order and rejects every
 * declaration after the first (hcl2template/parser.go: "Duplicate source block", "Duplicate data
 * block"; types.variables.go: "Duplicate variable"; types.packer_config.go: "Duplicate local
 * definition"). The later declaration is reported, in the file that holds it.
 */
import type { Block } from '../parsing/hcl/ast';
import { literalString } from '../model/hcl/configuration';
import type { HclFile } from '../model/hcl/hclFile';
import { collectReferences } from '../model/hcl/references';
import type { OffsetRange } from '../types';
import type { Rule, RuleContext } from './rule';

type Kind = 'source' | 'data' | 'variable' | 'local';

interface Declaration {
  kind: Kind;
  /** Unique per kind: `type.name` for sources and data sources. */
  key: string;
  /** How the message names it: `source "amazon-ebs" "example"`, `variable "region"`. */
  label: string;
  file: HclFile;
  range: OffsetRange;
  /** The `variables` or `locals` block an argument stands in (its duplicates there are HCL's "Attribute redefined"). */
  container: Block | undefined;
}

const rejection: Readonly<Record<Kind, string>> = {
  source: 'Each source must have a unique name per builder type',
  data: 'Each data source must have a unique name per type',
  variable: 'A variable is declared once, in a variable block or a variables block',
  local: 'A local is defined once, in a locals block or a local block',
};

export const duplicateSource: Rule = {
  meta: {
    id: 'duplicate-source',
    description: 'A source, data source, variable or local declared twice in the configuration folder.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check(context) {
    const hcl = context.document.hcl;
    if (hcl?.file.role !== 'config') return;
    const files = hcl.configuration.files
      .filter((f) => f.role === 'config')
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const shared = new Set(files.filter((f) => !hasBuild(f)).flatMap((f) => declarationsOf(f).map(keyOf)));
    const isTemplate = (file: HclFile) =>
      hasBuild(file) && usesOf(file).every((u) => shared.has(u) || ownKeys(file).has(u));
    const first = new Map<string, Declaration>();
    const templates = new Map<HclFile, Array<[Declaration, Declaration]>>();
    for (const file of files) {
      for (const declaration of declarationsOf(file)) {
        const id = keyOf(declaration);
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, declaration);
          continue;
        }
        if (declaration.file !== hcl.file) continue;
        if (declaration.container !== undefined && declaration.container === earlier.container) continue;
        if (earlier.file !== declaration.file && (isTemplate(earlier.file) || isTemplate(declaration.file))) {
          templates.set(earlier.file, [...(templates.get(earlier.file) ?? []), [declaration, earlier]]);
          continue;
        }
        report(context, declaration, earlier);
      }
    }
    for (const [other, pairs] of templates) reportTemplates(context, other, pairs);
  },
};

/**
 * A file that holds a build block and declares all it uses (but what files without a build block
 * declare, such as a shared variables file) is a template of its own, built on its own
 * (`packer build file.pkr.hcl`); several such files often stand side by side in one folder. When
 * one of them declares a name again, say once that the folder as a whole is not one configuration,
 * rather than call every shared name an error.
 */
function reportTemplates(context: RuleContext, other: HclFile, pairs: Array<[Declaration, Declaration]>): void {
  const [[declaration, earlier] = []] = pairs;
  if (declaration === undefined || earlier === undefined) return;
  const more = pairs.length > 1 ? ` (and ${pairs.length - 1} more name${pairs.length > 2 ? 's' : ''})` : '';
  context.report({
    range: declaration.range,
    severity: 'warning',
    message:
      `This file and ${other.name} both declare ${declaration.label}${more}: Packer cannot build this folder as ` +
      `one configuration. If the files are templates of their own, build each alone (\`packer build FILE\`); ` +
      `otherwise keep one declaration.`,
  });
}

function hasBuild(file: HclFile): boolean {
  return file.body.items.some((i) => i.kind === 'block' && i.type === 'build');
}

function keyOf(declaration: Declaration): string {
  return `${declaration.kind}.${declaration.key}`;
}

const ownKeysCache = new WeakMap<HclFile, Set<string>>();

function ownKeys(file: HclFile): Set<string> {
  const cached = ownKeysCache.get(file) ?? new Set(declarationsOf(file).map(keyOf));
  ownKeysCache.set(file, cached);
  return cached;
}

const usesCache = new WeakMap<HclFile, string[]>();

/** The sources a file's builds name, and the variables, locals and data sources it refers to. */
function usesOf(file: HclFile): string[] {
  const cached = usesCache.get(file);
  if (cached !== undefined) return cached;
  const builds = file.body.items.filter((i): i is Block => i.kind === 'block' && i.type === 'build');
  const used: string[] = [];
  for (const build of builds) {
    for (const item of build.body.items) {
      if (item.kind === 'attribute' && item.name === 'sources' && item.expression.kind === 'tuple') {
        // A computed entry (`"source.${var.type}.x"`) names what it names only when Packer runs.
        for (const entry of item.expression.items) used.push(...sourceKey(literalString(entry)?.value));
      } else if (item.kind === 'block' && item.type === 'source') {
        used.push(...sourceKey(item.labels[0]?.value));
      }
    }
  }
  for (const traversal of collectReferences(file.body).traversals) {
    const [first, second] = traversal.steps.map((s) => (s.kind === 'attribute' ? s.name : String(s.key)));
    if (traversal.root === 'var' && first !== undefined) used.push(`variable.${first}`);
    if (traversal.root === 'local' && first !== undefined) used.push(`local.${first}`);
    if (traversal.root === 'data' && first !== undefined && second !== undefined) used.push(`data.${first}.${second}`);
  }
  usesCache.set(file, used);
  return used;
}

/** `source.amazon-ebs.x` or `amazon-ebs.x` as `source.amazon-ebs.x` (as Packer's sourceRefFromString reads it). */
function sourceKey(reference: string | undefined): string[] {
  if (reference === undefined) return [];
  const parts = reference.split('.');
  return [`source.${(parts.length > 2 ? parts.slice(1) : parts).slice(0, 2).join('.')}`];
}

function report(context: RuleContext, declaration: Declaration, earlier: Declaration): void {
  const where =
    earlier.file === declaration.file
      ? `on line ${lineOf(earlier.file.text, earlier.range.start)}`
      : `in ${earlier.file.name} on line ${lineOf(earlier.file.text, earlier.range.start)}`;
  const what =
    declaration.kind === 'source' || declaration.kind === 'data' ? `${declaration.kind} block` : declaration.kind;
  context.report({
    range: declaration.range,
    message: `Duplicate ${what}: ${declaration.label} is already declared ${where}. ${rejection[declaration.kind]}: Packer rejects the configuration.`,
  });
}

function declarationsOf(file: HclFile): Declaration[] {
  const found: Declaration[] = [];
  for (const block of file.body.items) {
    if (block.kind !== 'block') continue;
    const [first, second] = block.labels;
    const labels: OffsetRange | undefined =
      first === undefined ? undefined : { start: first.range.start, end: (second ?? first).range.end };
    switch (block.type) {
      case 'source':
      case 'data':
        if (first !== undefined && second !== undefined && labels !== undefined) {
          found.push({
            kind: block.type,
            key: `${first.value}.${second.value}`,
            label: `${block.type} "${first.value}" "${second.value}"`,
            file,
            range: labels,
            container: undefined,
          });
        }
        break;
      case 'variable':
      case 'local':
        if (first !== undefined && labels !== undefined) {
          const label = `${block.type} "${first.value}"`;
          found.push({ kind: block.type, key: first.value, label, file, range: labels, container: undefined });
        }
        break;
      case 'variables':
      case 'locals': {
        const kind = block.type === 'variables' ? 'variable' : 'local';
        for (const item of block.body.items) {
          if (item.kind !== 'attribute') continue;
          const label = `${kind} "${item.name}"`;
          found.push({ kind, key: item.name, label, file, range: item.nameRange, container: block });
        }
        break;
      }
      default:
        break;
    }
  }
  return found;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
