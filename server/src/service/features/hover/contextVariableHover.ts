/**
 * Hover on a legacy `{{ .Field }}` template variable (`{{ .HTTPIP }}`, `{{ .Vars }}`, `{{.Path}}`):
 * what the component fills in there, and which components fill it. The same fields work in the
 * strings of HCL2 files, since the component itself expands them at build time.
 */
import { isComponentAmong, legacyContextVariable } from '../../packer/functions';
import type { OffsetRange } from '../../types';
import { touches } from '../context';
import { code, docsLink, paragraphs } from '../markdown';

/** The component whose setting holds the field, to say whether that one fills it. */
export interface FieldOwner {
  kindName: string;
  type: string;
}

export interface FieldHover {
  markdown: string;
  range: OffsetRange;
}

const FIELD = /\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The field under the cursor in a `{{ ... }}` action whose text starts at `actionStart`; when the
 * cursor is on the braces rather than a field, the action's only field.
 */
export function contextFieldHover(
  actionText: string,
  actionStart: number,
  offset: number,
  owner: FieldOwner | undefined,
): FieldHover | undefined {
  const fields = [...actionText.matchAll(FIELD)]
    // `{{ user `a.b` }}` holds dots too: a field starts after a space, a brace, a pipe or a paren.
    .filter((m) => /[\s{(|-]/.test(actionText[m.index - 1] ?? ''))
    .map((m) => ({ name: m[1] ?? '', start: actionStart + m.index, end: actionStart + m.index + m[0].length }));
  const field = fields.find((f) => touches(f, offset)) ?? (fields.length === 1 ? fields[0] : undefined);
  if (field === undefined) return undefined;
  const range = { start: actionStart, end: actionStart + actionText.length };
  return { markdown: fieldText(field.name, owner), range };
}

function fieldText(name: string, owner: FieldOwner | undefined): string {
  const known = legacyContextVariable(name);
  const title = `**${code(`.${name}`)}** · template variable`;
  if (known === undefined)
    return paragraphs(
      title,
      'A value the component fills in when it expands this setting at build time. It is not one of the common fields we know: check the documentation of the setting that holds it.',
    );
  const owners = known.components.map(code).join(', ');
  const fills = owner === undefined ? undefined : isComponentAmong(known.components, owner.type);
  return paragraphs(
    title,
    known.summary,
    `Filled in by: ${owners} (a ${code('*')} stands for every type with that prefix).`,
    owner !== undefined &&
      (fills === true
        ? `This ${code(owner.type)} ${owner.kindName} fills it in.`
        : `This ${code(owner.type)} ${owner.kindName} is not among the components known to fill it in.`),
    docsLink(known.docs),
  );
}
