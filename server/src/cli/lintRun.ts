/**
 * One `packer-lint` run over a list of files: the language service checks each file with the other
 * files of the run visible as the editor's open documents (so that fixing one file of an HCL2 folder
 * is seen by its folder-mates), applies the preferred fixes and `packer fmt`'s layout when asked,
 * and returns each file's findings on its final text. Writing files is left to the caller.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../service/service';
import type { FileReader } from '../service/rules/rule';
import type { BuildVariables } from '../service/varFiles/buildVariables';
import type { PackerEnvironment } from '../service/plugins/packerSituation';
import type { DocumentInput } from '../service/document';
import type { ServiceSettings } from '../service/settings';
import { fixAll } from '../service/features/codeActions';
import { hclFixLayout } from '../service/features/fixLayout/lspFixLayout';
import { languageIdOf } from './discover';
import { formatFinding } from './formatFinding';
import { toLintMessage, type LintMessage } from './lintMessage';
import { readTextFile, type TextFile } from './textFile';
import { parseProblemCount } from './parseProblems';

/** Fix-all runs again on its own result until nothing changes, as a user pressing it repeatedly would. */
const MAX_FIX_PASSES = 10;

export interface RunOptions {
  settings: ServiceSettings;
  /** The files as the service reads them (templates' folder-mates, var files, build scripts). */
  files: FileReader;
  /** What the templates are built with: the command line's var files and values, the build scripts. */
  build: BuildVariables;
  /** The Packer version and plugin folder checked against. */
  environment: PackerEnvironment;
  fix: boolean;
  checkFormat: boolean;
  formatWrite: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface FileResult {
  file: string;
  /** The file as read; undefined when it could not be read. */
  stored: TextFile | undefined;
  /** The text the findings are about: the stored text, or the fixed and formatted one. */
  text: string;
  messages: LintMessage[];
  /** Why the file could not be read. */
  readError?: string;
  /** Why fixes or formatting were computed but must not be written. */
  notFixed?: string;
}

export function lintFiles(files: string[], options: RunOptions): FileResult[] {
  const overlay = new Map<string, string>();
  const service = createLanguageService(options.files, (uri) => overlay.get(uri), options.build, options.environment);
  const results: FileResult[] = files.map((file) => {
    try {
      const stored = readTextFile(file);
      overlay.set(uri(file), stored.text);
      return { file, stored, text: stored.text, messages: [] };
    } catch (error) {
      return { file, stored: undefined, text: '', messages: [], readError: (error as NodeJS.ErrnoException).message };
    }
  });
  const versions = new Map<string, number>();
  const input = (result: FileResult): DocumentInput => ({
    uri: uri(result.file),
    version: versions.get(result.file) ?? 1,
    languageId: languageIdOf(result.file),
    text: result.text,
  });
  const update = (result: FileResult, text: string) => {
    result.text = text;
    overlay.set(uri(result.file), text);
    versions.set(result.file, (versions.get(result.file) ?? 1) + 1);
  };
  const diagnose = (result: FileResult): Diagnostic[] => service.validate(input(result), options.settings);

  const readable = results.filter((r) => r.stored !== undefined);
  if (options.fix) for (const result of readable) fixFile(result, diagnose, input, update, service);
  if (options.formatWrite)
    for (const result of readable) if (isNativeHcl(result.file)) formatFile(result, input, update, service);

  // Files come folder by folder: once a folder is done, the service's analyses of it are let go, so the
  // heap holds one folder rather than the whole run (a smaller heap is also cheaper to collect).
  let folderDone: string[] = [];
  readable.forEach((result, index) => {
    if (folderDone.length > 0 && path.dirname(folderDone[0] ?? '') !== path.dirname(result.file)) {
      for (const file of folderDone) service.forget(uri(file));
      folderDone = [];
    }
    folderDone.push(result.file);
    const eol = result.stored?.eol ?? '\n';
    const messages = diagnose(result).map((d) => toLintMessage(d, eol));
    const unformatted =
      options.checkFormat && isNativeHcl(result.file)
        ? formatFinding(service.format(input(result), FMT), result.text)
        : undefined;
    if (unformatted !== undefined) messages.push(unformatted);
    result.messages = messages.sort((a, b) => a.line - b.line || a.column - b.column);
    if (result.stored !== undefined && !result.stored.exact && result.text !== result.stored.text)
      result.notFixed = `not valid ${result.stored.encoding === 'utf8' ? 'UTF-8' : result.stored.encoding}: left as it is`;
    options.onProgress?.(index + 1, readable.length);
  });
  return results;
}

/** `packer fmt` formats native HCL2 only, not JSON in any form. */
const isNativeHcl = (file: string) => /\.pkr(vars)?\.hcl$/i.test(file);

/** `packer fmt`'s settings: two spaces. */
const FMT = { tabSize: 2, insertSpaces: true };

function fixFile(
  result: FileResult,
  diagnose: (r: FileResult) => Diagnostic[],
  input: (r: FileResult) => DocumentInput,
  update: (r: FileResult, text: string) => void,
  service: LanguageService,
): void {
  const original = result.text;
  const eol = result.stored?.eol ?? '\n';
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const document = input(result);
    const action = fixAll(document.uri, diagnose(result), hclFixLayout(document));
    const edits = action?.edit?.changes?.[document.uri];
    if (edits === undefined || edits.length === 0) break;
    const next = applyEdits(document, edits, eol);
    if (next === result.text) break;
    update(result, next);
    service.forget(document.uri);
  }
  if (result.text === original) return;
  const before = parseProblemCount(service, { ...input(result), text: original, version: 0 });
  const after = parseProblemCount(service, input(result));
  if (after > before) {
    result.notFixed = `not fixed: the fixes would leave ${after} syntax errors where there were ${before}`;
    update(result, original);
  }
}

function formatFile(
  result: FileResult,
  input: (r: FileResult) => DocumentInput,
  update: (r: FileResult, text: string) => void,
  service: LanguageService,
): void {
  const document = input(result);
  const formatted = service.format(document, FMT);
  if ('declined' in formatted || formatted.edits.length === 0) return;
  const next = applyEdits(document, formatted.edits, result.stored?.eol ?? '\n');
  if (next !== result.text) update(result, next);
}

/** Applies LSP edits; the lines they add take the file's line ending. */
export function applyEdits(document: DocumentInput, edits: TextEdit[], eol: '\n' | '\r\n'): string {
  const text = TextDocument.create(document.uri, document.languageId, document.version, document.text);
  const adapted = eol === '\n' ? edits : edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) }));
  return TextDocument.applyEdits(text, adapted);
}

export function uri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
