/**
 * A call to a function Packer does not have stops it with "Call to unknown function". The list is
 * current Packer's: a function newer than some installed Packer is not reported. Provider functions
 * (`provider::x::y`) are Terraform's and left alone. `env()` exists only in variable defaults.
 */
import { hcl2Facts } from '../schema/generated/hcl2';
import { didYouMean } from '../util/didYouMean';
import type { Rule } from './rule';
import { contains, evaluatedReferences } from '../model/hcl/referenceResolution';

const FUNCTIONS: ReadonlySet<string> = new Set(hcl2Facts.functions);

/** Terraform's conversion functions, which Packer writes as convert(value, type). */
const TERRAFORM_CONVERSIONS: Readonly<Record<string, string>> = {
  tostring: 'string',
  tonumber: 'number',
  tobool: 'bool',
  tolist: 'list(...)',
  toset: 'set(...)',
  tomap: 'map(...)',
};

export const unknownFunction: Rule = {
  meta: {
    id: 'unknown-function',
    description: 'A call to a function that Packer does not have.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ document, report }) {
    const hcl = document.hcl;
    if (hcl === undefined || hcl.file.role !== 'config') return;
    const variableBlocks = hcl.file.body.items
      .filter((i) => i.kind === 'block' && (i.type === 'variable' || i.type === 'variables'))
      .map((b) => b.range);
    for (const call of evaluatedReferences(hcl.file).calls) {
      if (FUNCTIONS.has(call.name) || call.name.includes('::')) continue;
      if (call.name === 'env') {
        // Packer gives a variable's default env() and nothing else; anywhere else env() is unknown.
        if (variableBlocks.some((r) => contains(r, call.range))) continue;
        report({
          range: call.nameRange,
          message:
            'env() is only available in the default of a variable block: declare a variable with ' +
            'default = env("NAME") and refer to it with var.',
        });
        continue;
      }
      const conversion = TERRAFORM_CONVERSIONS[call.name];
      if (conversion !== undefined) {
        report({
          range: call.nameRange,
          message: `There is no function "${call.name}" in Packer: write convert(value, ${conversion}) instead.`,
        });
        continue;
      }
      const suggestion = didYouMean(call.name, FUNCTIONS);
      report({
        range: call.nameRange,
        message:
          `There is no function "${call.name}" in Packer` +
          (suggestion !== undefined ? `: did you mean "${suggestion}"?` : '.'),
        ...(suggestion !== undefined && {
          fixes: [
            {
              title: `Change to "${suggestion}"`,
              isPreferred: true,
              edits: [{ range: call.nameRange, newText: suggestion }],
            },
          ],
        }),
      });
    }
  },
};
