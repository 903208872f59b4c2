/**
 * Hover text of a legacy JSON user variable (`{{user `x`}}`, a key of `variables`, an entry of
 * `sensitive-variables`). Values are strings; a `null` default makes the variable required.
 * Sensitive values are never shown.
 */
import type { LegacyTemplate } from '../../model/legacyTemplate';
import { code, docsLink, lineNumber, paragraphs, shortSource } from '../markdown';
import { SENSITIVE } from './variableHover';

const USER_VARIABLE_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/user-variables';

/** The template, its text as parsed, and its file name (for "declared in"). */
export interface TemplateSource {
  template: LegacyTemplate;
  text: string;
  fileName: string;
}

export function legacyVariableHover({ template, text, fileName }: TemplateSource, name: string): string {
  const variable = template.variables.get(name);
  if (variable === undefined) {
    return paragraphs(
      `**user ${code(name)}** · variable`,
      // Checked with Packer 1.6.6: an undeclared variable reads as "", or as the -var/-var-file value.
      'Not declared in `variables`: its value is empty unless `-var` or `-var-file` gives one.',
    );
  }
  const value = variable.property.value;
  const source = value === undefined ? undefined : shortSource(text.slice(value.range.start, value.range.end));
  const shown = variable.sensitive ? SENSITIVE : source;
  const declared = `${fileName}:${lineNumber(text, variable.property.keyRange.start)}`;
  return paragraphs(
    `**user ${code(name)}** · variable · ${code('string')}${variable.sensitive ? ' · sensitive (in `sensitive-variables`)' : ''}`,
    variable.required
      ? 'No default (`null`): required, a value must be set.'
      : shown === undefined
        ? undefined
        : `Default: ${code(shown)}`,
    `Declared in ${code(declared)}; ${code(`-var '${name}=...'`)} or a ${code('-var-file')} can set it when Packer runs.`,
    docsLink(USER_VARIABLE_DOCS),
  );
}
