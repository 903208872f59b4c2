/**
 * The editing requests a fuzzed text goes through, at cursors spread over it and just after the
 * characters that open completion (`.`, `"`, `{`, `(`, a backquote, `=`, a space): each must answer
 * without a throw and within the bound, with every range it returns inside the text.
 */
import type {
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Range,
} from 'vscode-languageserver-types';
import type { DocumentInput } from '../../server/src/service/document';
import type { LanguageService } from '../../server/src/service/service';

export interface EditingCall {
  what: string;
  call: () => unknown;
  /** The ranges of the answer that point into this document. */
  rangesOf: (answer: unknown) => Range[];
  /** Line numbers of the answer (folding), which must be lines of the document. */
  linesOf?: (answer: unknown) => number[];
}

const TRIGGERS = ['.', '"', '{', '(', '`', '=', ' '];

/** A few cursors: evenly spread, plus just after the first of each trigger character. */
export function cursorOffsets(text: string, spread = 4): number[] {
  const offsets = new Set<number>([0, text.length]);
  for (let i = 1; i <= spread; i++) offsets.add(Math.floor((text.length * i) / (spread + 1)));
  for (const trigger of TRIGGERS) {
    const at = text.indexOf(trigger, Math.floor(text.length / 3));
    if (at >= 0) offsets.add(at + 1);
  }
  return [...offsets].sort((a, b) => a - b);
}

const none = (): Range[] => [];

function completionRanges(answer: unknown): Range[] {
  const items = (answer as { items?: CompletionItem[] } | undefined)?.items ?? [];
  return items.flatMap((item) => {
    const edit = item.textEdit;
    if (edit === undefined) return [];
    return 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
  });
}

function symbolRanges(symbols: DocumentSymbol[]): Range[] {
  return symbols.flatMap((s) => [s.range, s.selectionRange, ...symbolRanges(s.children ?? [])]);
}

export function editingCalls(service: LanguageService, input: DocumentInput): EditingCall[] {
  const here = (locations: Location[]) => locations.filter((l) => l.uri === input.uri).map((l) => l.range);
  const calls: EditingCall[] = [
    {
      what: 'documentSymbols',
      call: () => service.documentSymbols(input),
      rangesOf: (a) => symbolRanges(a as DocumentSymbol[]),
    },
    {
      what: 'foldingRanges',
      call: () => service.foldingRanges(input),
      rangesOf: none,
      linesOf: (a) => (a as FoldingRange[]).flatMap((r) => [r.startLine, r.endLine]),
    },
  ];
  for (const offset of cursorOffsets(input.text)) {
    const at = `@${offset}`;
    calls.push(
      { what: `completion${at}`, call: () => service.completion(input, offset), rangesOf: completionRanges },
      {
        what: `hover${at}`,
        call: () => service.hover(input, offset),
        rangesOf: (a) => ((a as Hover | null)?.range ? [(a as Hover).range!] : []),
      },
      { what: `signatureHelp${at}`, call: () => service.signatureHelp(input, offset), rangesOf: none },
      {
        what: `definition${at}`,
        call: () => service.definition(input, offset),
        rangesOf: (a) => here(a as Location[]),
      },
      {
        what: `references${at}`,
        call: () => service.references(input, offset, true),
        rangesOf: (a) => here(a as Location[]),
      },
      {
        what: `prepareRename${at}`,
        call: () => service.prepareRename(input, offset),
        rangesOf: (a) => ((a as { range?: Range }).range ? [(a as { range: Range }).range] : []),
      },
    );
  }
  return calls;
}
