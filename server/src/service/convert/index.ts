/**
 * Converts a legacy JSON template into one HCL2 configuration file, without running Packer.
 * The output targets Packer 1.6.6 and later: it uses no block or function that 1.6.6 lacks, except
 * `required_plugins` (1.7.0), which Packer 1.10 and later need and which is left out when the
 * Packer in use is known to predate it.
 * Whatever has no translation is kept as a comment at its place, and listed in `warnings`.
 */
import type { AnalysedDocument } from '../document';
import { formatHcl } from '../format/hcl';
import type { LegacyTemplate } from '../model/legacyTemplate';
import { convertBuild, convertSources } from './build';
import { createContext } from './context';
import { attribute, blank, block, expression, renderFile, type HclItem } from './hclWriter';
import { withRequiredPlugins } from './requiredPlugins';
import { convertRootKeys } from './rootKeys';
import type { Version } from '../plugins/versions';
import { convertVariables, declareVariables } from './variables';

/** What the `packer/convertToHcl` request answers: the configuration, or why there is none. */
export type ConvertOutcome = ConversionResult | { error: string };

export function convertDocument(analysed: AnalysedDocument, packerVersion?: Version): ConvertOutcome {
  if (analysed.template === undefined || !hasLegacyKeys(analysed.template)) {
    return { error: 'This is not a legacy JSON template (a JSON object with "builders", "variables", ...).' };
  }
  const syntaxError = analysed.recoveries.find((recovery) => recovery.kind === 'syntax');
  if (syntaxError !== undefined) {
    return { error: 'The template has JSON syntax errors; fix them first, so that nothing is converted by guess.' };
  }
  return convertLegacyTemplate(analysed.template, packerVersion);
}

export interface ConversionResult {
  text: string;
  /** One line per thing that was not translated, or translated with a caveat. */
  warnings: string[];
}

/** The `{{timestamp}}` of a legacy template: the UTC time of the build, digits only. */
const TIMESTAMP_LOCAL = 'regex_replace(timestamp(), "[- TZ:]", "")';

function convertLegacyTemplate(template: LegacyTemplate, packerVersion: Version | undefined): ConversionResult {
  const context = createContext();
  declareVariables(template, context);
  const { top, packer } = convertRootKeys(template, context);
  const { variables, locals } = convertVariables(template, context);
  const sources = convertSources(template, context);
  // A file of variables only has nothing to build.
  const needsBuild = template.builders.length + template.provisioners.length + template.postProcessors.length > 0;
  const build = needsBuild ? convertBuild(template, context) : undefined;

  const items: HclItem[] = [];
  const section = (...parts: HclItem[]) => {
    if (parts.length === 0) return;
    if (items.length > 0) items.push(blank);
    items.push(...parts);
  };
  section(...top);
  const packerBlock = withRequiredPlugins(packer, template, packerVersion, context.warnings);
  if (packerBlock !== undefined) section(packerBlock);
  for (const variable of variables) section(variable);
  const allLocals = context.usesTimestamp
    ? [attribute(context.timestampLocal, expression(TIMESTAMP_LOCAL)), ...locals]
    : locals;
  if (allLocals.length > 0) section(block('locals', [], allLocals));
  section(...withoutTrailingBlank(sources));
  if (build !== undefined) section(build);
  const text = renderFile(items);
  // Our renderer already lays out as `packer fmt` does; the formatter is the shared authority.
  const formatted = formatHcl(text);
  return { text: typeof formatted === 'string' ? formatted : text, warnings: context.warnings };
}

/** Parser fixtures and variable-only files count too (Packer's own upgrade converts those). */
const LEGACY_KEYS = [
  'builders',
  'variables',
  'sensitive-variables',
  'provisioners',
  'post-processors',
  'error-cleanup-provisioner',
  'min_packer_version',
];

function hasLegacyKeys(template: LegacyTemplate): boolean {
  return template.root.properties.some((property) => LEGACY_KEYS.includes(property.key));
}

function withoutTrailingBlank(items: HclItem[]): HclItem[] {
  return items.at(-1)?.kind === 'blank' ? items.slice(0, -1) : items;
}
