/**
 * One analysed document: the parse, the Packer model and the schema errors of its components,
 * computed once per version and shared by every rule and feature.
 */
import { parseJson } from './parsing/jsonParser';
import type { Recovery } from './parsing/recovery';
import type { ValueNode } from './parsing/tree';
import { hclSettingEdits } from './edits/hclEdits';
import { jsonSettingEdits, type SettingEdits } from './edits/settingEdits';
import type { HclConfiguration } from './model/hcl/configuration';
import type { FolderModel } from './model/hcl/folder';
import type { HclFile } from './model/hcl/hclFile';
import {
  buildLegacyTemplate,
  isLegacyTemplateRoot,
  type LegacyTemplate,
  type TemplateComponent,
} from './model/legacyTemplate';

export type DocumentFormat = 'legacy-json' | 'json-other' | 'hcl';

export interface AnalysedDocument {
  uri: string;
  version: number;
  /** The text as written. */
  text: string;
  /** The text as meant: same length, with pasted characters repaired. */
  repairedText: string;
  format: DocumentFormat;
  root: ValueNode | undefined;
  recoveries: Recovery[];
  /** Set when the document is a legacy JSON template. */
  template: LegacyTemplate | undefined;
  /** Set for an HCL2 file: the file, and the configuration of its whole folder. */
  hcl: { file: HclFile; configuration: HclConfiguration } | undefined;
  /** The builders, provisioners, post-processors (and HCL2 data sources) this document configures. */
  components: TemplateComponent[];
  /** How fixes edit settings in this document's format. */
  edits: SettingEdits;
}

export interface DocumentInput {
  uri: string;
  version: number;
  languageId: string;
  text: string;
}

/**
 * A document is a legacy JSON template when its top level holds a `builders` array, whatever
 * language the client says it is in (a plain LSP client sends `json`); a `packer-json` document
 * that is not an HCL2 JSON file (`.pkr.json`, `.pkrvars.json`) is one too, even while `builders`
 * is still being typed.
 */
export function analyseDocument(input: DocumentInput, folders?: FolderModel): AnalysedDocument {
  if (folders !== undefined && isHclDocument(input)) {
    const analysed = analyseHcl(input, folders);
    if (analysed !== undefined) return analysed;
  }
  const parsed = parseJson(input.text);
  const isHclJson = /\.pkr(vars)?\.json$/i.test(input.uri);
  const root = parsed.root;
  const isTemplate = isLegacyTemplateRoot(root) || (input.languageId === 'packer-json' && !isHclJson);
  const template = isTemplate && root?.type === 'object' ? buildLegacyTemplate(root, parsed.repairedText) : undefined;
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    repairedText: parsed.repairedText,
    format: template !== undefined ? 'legacy-json' : 'json-other',
    root: parsed.root,
    recoveries: parsed.recoveries,
    template,
    hcl: undefined,
    components:
      template === undefined ? [] : [...template.builders, ...template.provisioners, ...template.postProcessors],
    edits: jsonSettingEdits(input.text),
  };
}

export function isHclDocument(input: Pick<DocumentInput, 'uri' | 'languageId'>): boolean {
  return (
    input.languageId === 'packer' || input.languageId === 'packer-vars' || /\.pkr(vars)?\.(hcl|json)$/i.test(input.uri)
  );
}

function analyseHcl(input: DocumentInput, folders: FolderModel): AnalysedDocument | undefined {
  const languageRole =
    input.languageId === 'packer' ? 'config' : input.languageId === 'packer-vars' ? 'vars' : undefined;
  const found = folders.configurationOf(input.uri, input.text, languageRole);
  if (found === undefined) return undefined;
  const { file, configuration } = found;
  const inThisFile = <T extends { file: HclFile }>(items: T[]) => items.filter((item) => item.file === file);
  // `*.pkr.json`: HCL2 in JSON syntax. Its JSON recoveries (curly quotes, trailing commas, syntax
  // errors) are reported by the same rules as a legacy template's, and fixes edit it as JSON.
  const json = file.json;
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    repairedText: json?.repairedText ?? input.text,
    format: 'hcl',
    root: json?.root,
    recoveries: json?.recoveries ?? [],
    template: undefined,
    hcl: found,
    components: [
      ...inThisFile(configuration.sources).map((s) => s.component),
      ...inThisFile(configuration.dataSources).map((d) => d.component),
      ...inThisFile(configuration.builds).flatMap((b) => [...b.provisioners, ...b.postProcessors]),
    ],
    edits: json === undefined ? hclSettingEdits(input.text) : jsonSettingEdits(input.text),
  };
}
