/**
 * A `.pkrvars.hcl` file only sets values (`region = "eu-west-1"`). Packer stops on a `variable`
 * block in one ("Variable declaration in a .pkrvar file") and on any other block too ("Blocks are
 * not allowed here"); `variables {}` is the block most often pasted there along with `variable`.
 */
import type { Attribute, Block } from '../parsing/hcl/ast';
import type { Fix } from '../types';
import type { Rule } from './rule';

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

export const variableDeclaredInVarfile: Rule = {
  meta: {
    id: 'variable-declared-in-varfile',
    description: 'A variable or variables block in a .pkrvars.hcl file, which can only assign values.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const hcl = document.hcl;
    if (hcl === undefined || hcl.file.role === 'config') return;
    const { file } = hcl;
    // A name the file would set twice after the fix (already assigned, or declared twice) gets no fix.
    const counts = new Map<string, number>();
    for (const item of file.body.items) {
      const names = item.kind === 'attribute' ? [item.name] : (assignmentsOf(item) ?? []).map(([name]) => name);
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const twice = new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
    for (const block of file.body.items) {
      if (block.kind !== 'block' || (block.type !== 'variable' && block.type !== 'variables')) continue;
      const header = block.labels[block.labels.length - 1]?.range ?? block.typeRange;
      const fix = replacement(file.text, block, twice);
      const message =
        block.type === 'variable'
          ? `A variable block in a variable file: ${file.name} can only set the values of variables declared in ` +
            `.pkr.hcl files, so Packer stops here. Move the block to a .pkr.hcl file, or write ` +
            `${block.labels[0]?.value ?? 'name'} = <value> to set it.`
          : `A variables block in a variable file: ${file.name} can only set values, one "name = value" a line, ` +
            `so Packer stops here.`;
      report({
        range: { start: block.typeRange.start, end: header.end },
        message,
        ...(fix !== undefined && { fixes: [fix] }),
      });
    }
  },
};

/** The block as the assignments it means, when there are some and they collide with nothing in the file. */
function replacement(text: string, block: Block, twice: ReadonlySet<string>): Fix | undefined {
  const assignments = assignmentsOf(block);
  if (assignments === undefined || assignments.length === 0) return undefined;
  if (assignments.some(([name]) => !IDENTIFIER.test(name) || twice.has(name))) return undefined;
  const lineStart = text.lastIndexOf('\n', block.range.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, block.range.start))?.[0] ?? '';
  const lines = assignments.map(([name, value]) => `${name} = ${text.slice(value.start, value.end)}`);
  const [only] = assignments;
  return {
    title:
      assignments.length === 1 && only !== undefined
        ? `Replace with an assignment to "${only[0]}"`
        : 'Replace with assignments',
    isPreferred: true,
    edits: [{ range: block.range, newText: lines.join(`\n${indent}`) }],
  };
}

type Assignment = [name: string, value: { start: number; end: number }];

function assignmentsOf(block: Block): Assignment[] | undefined {
  if (block.type === 'variable') return fromVariable(block);
  return block.type === 'variables' ? fromVariables(block) : undefined;
}

/** `variable "x" { default = v }` sets x to v; without a default there is no value to keep. */
function fromVariable(block: Block): Assignment[] | undefined {
  const name = block.labels[0]?.value;
  const value = block.body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === 'default');
  return name === undefined || value === undefined ? undefined : [[name, value.expression.range]];
}

/** `variables { a = 1 }` holds the assignments already. */
function fromVariables(block: Block): Assignment[] | undefined {
  const attributes = block.body.items.filter((i): i is Attribute => i.kind === 'attribute');
  if (attributes.length !== block.body.items.length) return undefined;
  return attributes.map((a) => [a.name, a.expression.range]);
}
