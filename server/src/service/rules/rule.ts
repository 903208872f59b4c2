import type { AnalysedDocument } from '../document';
import type { PackerSituation } from '../plugins/packerSituation';
import type { Finding, OffsetRange, Severity } from '../types';
import type { BuildVariables } from '../varFiles/buildVariables';

export interface RuleMeta {
  /** Kebab-case, equal to the file name; the diagnostic's `code`. */
  id: string;
  /** One line, for documentation and settings. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /**
   * `block`: what the rule finds in a top-level block of an HCL2 file depends only on that block, on
   * the blocks it names or that name it (a build and its sources), on the folder's declarations and
   * on the Packer in use; and it reports only inside top-level blocks. After an edit inside one
   * block, such a rule checks just `scope` and its other findings are carried over, moved.
   */
  scope?: 'block';
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
  /** Set for a rule whose `meta.scope` is `block` after an edit: only what lies here needs checking. */
  scope?: CheckScope;
}

/** The top-level blocks an edit may have changed the findings of (offsets in the new text). */
export interface CheckScope {
  ranges: readonly OffsetRange[];
}

/** Whether a rule must check what lies at `range`: always, unless a scope leaves it out. */
export function inScope(context: Pick<RuleContext, 'scope'>, range: OffsetRange | undefined): boolean {
  if (context.scope === undefined) return true;
  if (range === undefined) return false;
  const end = Math.max(range.end, range.start + 1); // an empty range at a block's start is in it
  return context.scope.ranges.some((r) => range.start < r.end && r.start < end);
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/packer-vscode/packer-vscode/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
