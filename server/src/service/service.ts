/**
 * The language service: the one entry point the LSP layer calls. It never imports the LSP
 * connection, so it runs the same in tests, in the server and in any other host.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { analyseDocument, type AnalysedDocument, type DocumentInput } from './document';
import { fixAll, quickFixes } from './features/codeActions';
import { formatJson, type FormattingOptions, type FormattingResult } from './features/formatting';
import { findProblems, toDiagnostics } from './features/validation';
import type { FileReader } from './rules/rule';
import { FolderModel } from './model/hcl/folder';
import { defaultSettings, type ServiceSettings } from './settings';

export interface LanguageService {
  /** Diagnostics for a document; an empty list for JSON that is not a Packer template. */
  validate(input: DocumentInput, settings?: ServiceSettings): Diagnostic[];
  codeActions(
    input: DocumentInput,
    diagnostics: Diagnostic[],
    only: string[] | undefined,
    settings?: ServiceSettings,
  ): CodeAction[];
  /** Whitespace-only edits; declined (with the reason) while the text has syntax errors. */
  format(input: DocumentInput, options: FormattingOptions, range?: { start: number; end: number }): FormattingResult;
  /** The build names a user can pass to `-only` (legacy JSON: builder names). */
  buildNames(input: DocumentInput): string[];
  forget(uri: string): void;
}

/** The editor's text of an open file, which takes precedence over the file on disk. */
export type OpenDocuments = (uri: string) => string | undefined;

export function createLanguageService(
  files: FileReader,
  openDocuments: OpenDocuments = () => undefined,
): LanguageService {
  const cache = new Map<string, AnalysedDocument>();
  const folders = new FolderModel({
    listDirectory: (dir) => files.listDirectory?.(dir),
    readText: (file) => files.readText(file),
    openText: openDocuments,
  });

  const analyse = (input: DocumentInput): AnalysedDocument => {
    const cached = cache.get(input.uri);
    // An HCL2 file's findings depend on its folder-mates too: only JSON results can be reused.
    if (cached?.format !== 'hcl' && cached?.version === input.version && cached.text === input.text) return cached;
    const analysed = analyseDocument(input, folders);
    cache.set(input.uri, analysed);
    return analysed;
  };

  const isPacker = (input: DocumentInput, analysed: AnalysedDocument): boolean =>
    analysed.template !== undefined || analysed.hcl !== undefined || input.languageId === 'packer-json';

  const diagnose = (input: DocumentInput, settings: ServiceSettings): Diagnostic[] => {
    const analysed = analyse(input);
    if (!isPacker(input, analysed)) return [];
    return toDiagnostics(analysed, findProblems(analysed, files), settings);
  };

  return {
    validate: (input, settings = defaultSettings) => diagnose(input, settings),
    codeActions(input, diagnostics, only, settings = defaultSettings) {
      const wants = (kind: string) => only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions: CodeAction[] = [];
      if (wants('quickfix')) actions.push(...quickFixes(input.uri, diagnostics));
      if (wants('source.fixAll.packer')) {
        const all = fixAll(input.uri, diagnose(input, settings));
        if (all !== undefined) actions.push(all);
      }
      return actions;
    },
    format(input, options, range) {
      const analysed = analyse(input);
      if (!isPacker(input, analysed) || analysed.format === 'hcl') return { edits: [] };
      return formatJson(analysed, options, range);
    },
    buildNames(input) {
      const template = analyse(input).template;
      const names = template?.builders.map((b) => b.name).filter((n): n is string => n !== undefined) ?? [];
      return [...new Set(names)];
    },
    forget: (uri) => {
      cache.delete(uri);
      folders.forget(uri);
    },
  };
}
