/**
 * Types shared by every part of the language service. Positions are UTF-16 offsets into the text
 * that was analysed; the LSP layer turns them into line/character ranges.
 */

export interface OffsetRange {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Replace `range` of the analysed text by `newText` (an insertion when the range is empty). */
export interface TextReplacement {
  range: OffsetRange;
  newText: string;
}

/** Changes a fix makes beyond the document's own text (URIs; positions 0-based, UTF-16). */
export interface FileChanges {
  rename?: { from: string; to: string };
  edits?: Array<{ uri: string; line: number; character: number; length: number; newText: string }>;
}

/** A client command a fix runs instead of editing text (`packer.init`); the client decides whether it may. */
export interface FixCommand {
  command: string;
  arguments: unknown[];
}

export interface Fix {
  title: string;
  edits: TextReplacement[];
  /** A file to rename and edits in other files; such a fix is offered alone, never in fix-all. */
  files?: FileChanges;
  /** Run after the edits (or alone): for fixes that are not text, such as installing a plugin. */
  command?: FixCommand;
  /** Exactly one fix of a fixable finding is preferred: the one `source.fixAll.packer` applies. */
  isPreferred?: boolean;
}

/** One problem found in a document, before it becomes an LSP diagnostic. */
export interface Finding {
  ruleId: string;
  range: OffsetRange;
  message: string;
  /** Overrides the rule's default severity (a rule may report at two levels). */
  severity?: Severity;
  fixes?: Fix[];
  tags?: Array<'unnecessary' | 'deprecated'>;
}
