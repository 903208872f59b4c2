/**
 * `only`, `except` and `override` name builders. A name that no builder has makes Packer reject
 * the template ("'only' specified builder 'x' not found", "override 'x' doesn't exist").
 */
import { didYouMean } from '../util/didYouMean';
import type { OffsetRange } from '../types';
import type { Rule, RuleContext } from './rule';

export const unknownBuildName: Rule = {
  meta: {
    id: 'unknown-build-name',
    description: 'An only, except or override entry that names no builder of the template.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    const template = context.document.template;
    if (template === undefined) return;
    const names = template.builders.map((b) => b.name);
    // A templated or missing name is only known at build time: then nothing can be said.
    if (names.some((n) => n === undefined || n.includes('{{'))) return;
    const known = new Set(names as string[]);
    for (const component of [...template.provisioners, ...template.postProcessors]) {
      for (const [list, nodes] of [
        ['only', component.only],
        ['except', component.except],
      ] as const) {
        for (const node of nodes) {
          if (!known.has(node.value)) report(context, node.value, node.range, known, `"${list}" of ${component.label}`);
        }
      }
      for (const override of component.overrides) {
        if (!known.has(override.key))
          report(context, override.key, override.keyRange, known, `"override" of ${component.label}`);
      }
    }
  },
};

function report(context: RuleContext, name: string, range: OffsetRange, known: Set<string>, where: string): void {
  const suggestion = didYouMean(name, known);
  const builders = [...known].map((n) => `"${n}"`).join(', ');
  context.report({
    range,
    message:
      `No builder is named "${name}" (in ${where}): Packer rejects the template.` +
      (suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ` The builders are ${builders}.`),
    ...(suggestion !== undefined && {
      fixes: [
        {
          title: `Change to "${suggestion}"`,
          isPreferred: true,
          edits: [{ range, newText: JSON.stringify(suggestion) }],
        },
      ],
    }),
  });
}
