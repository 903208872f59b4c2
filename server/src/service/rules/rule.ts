import type { AnalysedDocument } from '../document';
import type { PackerSituation } from '../plugins/packerSituation';
import type { Finding, Severity } from '../types';
import type { BuildVariables } from '../varFiles/buildVariables';

export interface RuleMeta {
  /** Kebab-case, equal to the file name; the diagnostic's `code`. */
  id: string;
  /** One line, for documentation and settings. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
}

/** Reads files beside the template (scripts, the other files of an HCL2 folder), when the host can. */
export interface FileReader {
  readText: (absolutePath: string) => string | undefined;
  /** The names in a folder; undefined when it cannot be read. */
  listDirectory?: (absolutePath: string) => string[] | undefined;
  /**
   * Whether a file or folder exists, of any size (document links; `readText` declines large
   * files such as ISOs). Without it, a readable file or listable folder counts as existing.
   */
  stat?: (absolutePath: string) => 'file' | 'directory' | undefined;
}

export interface RuleContext {
  document: AnalysedDocument;
  files: FileReader;
  /** The variable files and `-var` values the project builds the template with, as far as known. */
  build?: BuildVariables;
  /** The Packer in use and the installed plugins, as far as the host knows them. */
  packer: PackerSituation;
  report: (finding: Omit<Finding, 'ruleId'>) => void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/packer-vscode/packer-vscode/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
