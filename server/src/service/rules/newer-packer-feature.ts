import type { Block, Body, Expression } from '../parsing/hcl/ast';
import { forEachBodyExpression, forEachChild } from '../parsing/hcl/walk';
import { CONSTRUCTS_SINCE, FUNCTIONS_SINCE, isAtLeast } from '../plugins/packerReleases';
import { packerRequirements, requiredPackerFloor } from '../plugins/requirements';
import type { OffsetRange } from '../types';
import type { Rule } from './rule';

/**
 * A function, block or meta-argument that the Packer in use predates (facts in packerReleases.ts,
 * from Packer's CHANGELOG): the Packer found (or the one set in `packer.packerVersion`), else the
 * lowest release `required_version` admits. Nothing is said when neither is known.
 */
export const newerPackerFeature: Rule = {
  meta: {
    id: 'newer-packer-feature',
    description: 'A function, block or meta-argument newer than the Packer in use (or than required_version allows).',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ document, packer, report }) {
    const hcl = document.hcl;
    if (hcl === undefined || hcl.file.role !== 'config') return;
    const floor = requiredPackerFloor(packerRequirements(hcl.configuration));
    const version = packer.packerVersion ?? floor;
    if (version === undefined) return;
    const whose =
      packer.packerVersion !== undefined
        ? `the Packer in use is ${version.text}`
        : `required_version allows Packer ${version.text}`;
    const flag = (range: OffsetRange, what: string, since: string): void => {
      if (!isAtLeast(version, since)) report({ range, message: `${what} arrived in Packer ${since}; ${whose}.` });
    };
    const visitExpression = (expression: Expression): void => {
      if (expression.kind === 'functionCall') {
        const since = FUNCTIONS_SINCE[expression.name];
        if (since !== undefined) flag(expression.nameRange, `The function \`${expression.name}\``, since);
      }
      forEachChild(expression, visitExpression);
    };
    forEachBodyExpression(hcl.file.body, visitExpression);
    for (const item of hcl.file.body.items) {
      if (item.kind !== 'block') continue;
      if (item.type === 'hcp_packer_registry')
        flag(item.typeRange, 'A top-level `hcp_packer_registry` block', CONSTRUCTS_SINCE.topLevelHcpPackerRegistry);
      if (item.type === 'data') flag(item.typeRange, 'Data sources (`data` blocks)', CONSTRUCTS_SINCE.dataBlock);
      if (item.type === 'variable') checkOptional(item, flag);
      if (item.type === 'build') checkProvisioners(item.body, flag);
    }
  },
};

type Flag = (range: OffsetRange, what: string, since: string) => void;

function checkProvisioners(body: Body, flag: Flag): void {
  for (const item of body.items) {
    if (item.kind !== 'block' || (item.type !== 'provisioner' && item.type !== 'error-cleanup-provisioner')) continue;
    const meta = item.body.items.find((i) => i.kind === 'attribute' && i.name === 'continue_on_error');
    if (meta !== undefined && meta.kind === 'attribute')
      flag(meta.nameRange, 'The provisioner meta-argument `continue_on_error`', CONSTRUCTS_SINCE.continueOnError);
  }
}

function checkOptional(variable: Block, flag: Flag): void {
  const type = variable.body.items.find((i) => i.kind === 'attribute' && i.name === 'type');
  if (type === undefined || type.kind !== 'attribute') return;
  const visit = (expression: Expression): void => {
    if (expression.kind === 'functionCall' && expression.name === 'optional')
      flag(expression.nameRange, '`optional()` in an object type', CONSTRUCTS_SINCE.optionalAttribute);
    forEachChild(expression, visit);
  };
  visit(type.expression);
}
