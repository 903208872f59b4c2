/** Hover text of a local value: its expression as written, and where it is declared. */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { code, codeBlock, fileLine, paragraphs, shortSource } from '../markdown';

const LONG_EXPRESSION = 400;

export function localHover(configuration: HclConfiguration, name: string): string {
  const local = configuration.locals.find((l) => l.name === name);
  if (local === undefined) return paragraphs(`**local.${name}** · local value`, 'Not declared in this folder.');
  const { start, end } = local.expression.range;
  const expression = local.file.text.slice(start, end);
  return paragraphs(
    `**local.${name}** · local value`,
    codeBlock(expression.length > LONG_EXPRESSION ? shortSource(expression) : expression, 'hcl'),
    `Declared in ${code(fileLine(local.file, local.nameRange.start))}.`,
  );
}
