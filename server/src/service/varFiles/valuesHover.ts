/**
 * Hover on a variable (a legacy `{{user `x`}}` or its `variables` key; an HCL2 `var.x` or its
 * `variable "x"` label) tells the values the project's builds give it and where each comes from:
 * "set by packer/ami/ubuntu-2404.json, passed in Makefile line 530".
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hover } from 'vscode-languageserver-types';
import type { AnalysedDocument } from '../document';
import { linesOf, lspRange } from '../features/lspRanges';
import { evaluatedReferencesAt, stepName } from '../model/hcl/referenceResolution';
import type { OffsetRange } from '../types';
import { describeValueSource, type BuildVariables } from './buildVariables';

const MAX_LINES = 8;

export function withExternalValues(
  hover: Hover | null,
  document: AnalysedDocument,
  offset: number,
  build: BuildVariables,
): Hover | null {
  if (!document.uri.startsWith('file:')) return hover;
  const found = variableAt(document, offset);
  if (found === undefined) return hover;
  const template = fileURLToPath(document.uri);
  const values = build.valuesFor(template).get(found.name) ?? [];
  const opaque = build.opaqueVarFile(template);
  if (values.length === 0 && opaque === undefined) return hover;
  const base = commonRoot(template, [
    ...values.flatMap((v) => [v.varFile ?? template, v.source.kind === 'script' ? v.source.script : template]),
    ...(opaque === undefined ? [] : [opaque.script]),
  ]);
  // One line per file, value and script: a build and a validate target often pass the same file.
  const seen = new Set<string>();
  const distinct = values.filter((v) => {
    const key = [v.varFile ?? '', v.value, v.source.kind === 'script' ? v.source.script : v.source.kind].join('\u0000');
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  const lines = distinct
    .slice(0, MAX_LINES)
    .map((v) => `- \`${v.value.replace(/`/g, "'")}\`: ${describeValueSource(v, base)}`);
  if (distinct.length > MAX_LINES) lines.push(`- and ${distinct.length - MAX_LINES} more`);
  if (opaque !== undefined) {
    const where = `${path.relative(base, opaque.script).split(path.sep).join('/')} line ${opaque.line + 1}`;
    lines.push(`- A build in ${where} passes variable files whose names are computed there: they may set it too.`);
  }
  const section = `**Values from the project's builds**\n\n${lines.join('\n')}`;
  if (hover === null)
    return {
      contents: { kind: 'markdown', value: `**${found.name}** · variable\n\n${section}` },
      range: lspRange(linesOf(document), found.range),
    };
  const previous = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { ...hover, contents: { kind: 'markdown', value: `${previous}\n\n---\n\n${section}` } };
}

function variableAt(document: AnalysedDocument, offset: number): { name: string; range: OffsetRange } | undefined {
  const within = (r: OffsetRange) => r.start <= offset && offset <= r.end;
  const template = document.template;
  if (template !== undefined) {
    for (const { calls } of template.templateStrings)
      for (const call of calls) {
        const argument = call.args[0];
        if (call.name === 'user' && argument !== undefined && within(argument.range))
          return { name: argument.value, range: argument.range };
      }
    return undefined;
  }
  const hcl = document.hcl;
  if (hcl === undefined) return undefined;
  for (const traversal of evaluatedReferencesAt(hcl.file, offset).traversals) {
    if (traversal.root !== 'var' || !within(traversal.range)) continue;
    const name = stepName(traversal.steps[0])?.name;
    if (name !== undefined) return { name, range: traversal.range };
  }
  for (const item of hcl.file.body.items) {
    if (item.kind !== 'block' || item.type !== 'variable') continue;
    const label = item.labels[0];
    if (label !== undefined && within(label.range)) return { name: label.value, range: label.range };
  }
  return undefined;
}

/** The folder that holds the template and every file named, so that paths read as the project writes them. */
function commonRoot(template: string, others: string[]): string {
  let root = path.dirname(template);
  for (const file of others) {
    while (path.relative(root, file).startsWith('..') && path.dirname(root) !== root) root = path.dirname(root);
  }
  return root;
}
