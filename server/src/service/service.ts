/**
 * The language service: the one entry point the LSP layer calls. It never imports the LSP
 * connection, so it runs the same in tests, in the server and in any other host.
 */
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentLink,
  Hover,
  SignatureHelp,
} from 'vscode-languageserver-types';
import { analyseDocument, type AnalysedDocument, type DocumentInput } from './document';
import { fixAll, quickFixes } from './features/codeActions';
import { hclFixLayout } from './features/fixLayout/lspFixLayout';
import { completion } from './features/completion';
import { signatureHelp } from './features/signatureHelp';
import { documentLinks } from './features/links/documentLinks';
import { formatHcl, formatJson, type FormattingOptions, type FormattingResult } from './features/formatting';
import { blockScopedRules, findProblemsStepwise, toDiagnostics } from './features/validation';
import { contextKey, rememberRun, reusable, type PreviousRun } from './features/incrementalFindings';
import { hover } from './features/hover/hover';
import { pluginRequirementHover } from './features/hover/pluginRequirementHover';
import { navigationFeatures, type NavigationFeatures } from './features/navigation/facade';
import type { FileReader } from './rules/rule';
import { FolderModel } from './model/hcl/folder';
import { situationOf, type PackerEnvironment } from './plugins/packerSituation';
import { defaultSettings, type ServiceSettings } from './settings';
import { convertDocument, type ConvertOutcome } from './convert';
import { noBuildVariables, type BuildVariables } from './varFiles/buildVariables';
import { withExternalValues } from './varFiles/valuesHover';
import { setOutside } from './varFiles/templatePath';
import {
  describeConfigurations,
  type ConfigurationsCache,
  type WorkspaceFile,
} from './features/configurations/configurations';
import type { ConfigurationsParams, ConfigurationsResult } from './features/configurations/types';

export interface LanguageService extends NavigationFeatures {
  /** Diagnostics for a document; an empty list for JSON that is not a Packer template. */
  validate(input: DocumentInput, settings?: ServiceSettings): Diagnostic[];
  /** The same in steps (the analysis, then each rule): a host can yield between them, or stop. */
  validateStepwise(input: DocumentInput, settings?: ServiceSettings): Generator<void, Diagnostic[]>;
  codeActions(
    input: DocumentInput,
    diagnostics: Diagnostic[],
    only: string[] | undefined,
    settings?: ServiceSettings,
  ): CodeAction[];
  /** Whitespace-only edits; declined (with the reason) while the text has syntax errors. */
  format(input: DocumentInput, options: FormattingOptions, range?: { start: number; end: number }): FormattingResult;
  /** Markdown about what is at `offset` (UTF-16), with the hovered token's range; null when nothing is known. */
  hover(input: DocumentInput, offset: number, settings?: ServiceSettings): Hover | null;
  /** Completion at `offset` (UTF-16): settings, block types, component types, values, names, functions. */
  completion(input: DocumentInput, offset: number): CompletionList;
  /** The signature of the HCL2 function or legacy template function whose arguments hold `offset`. */
  signatureHelp(input: DocumentInput, offset: number): SignatureHelp | null;
  /** The build names a user can pass to `-only` (legacy JSON: builder names). */
  buildNames(input: DocumentInput): string[];
  /** A legacy JSON template as one HCL2 configuration file, with what could not be translated. */
  /** `required_plugins` is written unless the Packer in use (settings or the host's) predates it. */
  convertToHcl(input: DocumentInput, settings?: ServiceSettings): ConvertOutcome;
  /** Links to the existing files and folders the template names (scripts, playbooks, `file("...")`...). */
  documentLinks(input: DocumentInput): DocumentLink[];
  /** The workspace's configurations (HCL2 folders, legacy templates) with sources, builds and variables. */
  configurations(
    files: readonly WorkspaceFile[],
    params?: ConfigurationsParams,
    truncated?: boolean,
    settings?: ServiceSettings,
  ): ConfigurationsResult;
  forget(uri: string): void;
}

/** The editor's text of an open file, which takes precedence over the file on disk. */
export type OpenDocuments = (uri: string) => string | undefined;

export function createLanguageService(
  files: FileReader,
  openDocuments: OpenDocuments = () => undefined,
  /** The variable files and values the project builds with (settings, Packer: Build, scripts). */
  build: BuildVariables = noBuildVariables,
  /** The Packer in use and the plugin folder, as far as the host knows them. */
  environment: PackerEnvironment = {},
): LanguageService {
  const cache = new Map<string, AnalysedDocument>();
  const configurationsCache: ConfigurationsCache = new Map();
  const folders = new FolderModel({
    listDirectory: (dir) => files.listDirectory?.(dir),
    readText: (file) => files.readText(file),
    openText: openDocuments,
  });

  const analyse = (input: DocumentInput): AnalysedDocument => {
    const cached = cache.get(input.uri);
    // An HCL2 file's findings depend on its folder-mates too: only JSON results can be reused.
    if (cached?.format !== 'hcl' && cached?.version === input.version && cached.text === input.text) return cached;
    // Let the old analysis go first: a large document's old and new trees would fill the heap together.
    cache.delete(input.uri);
    const analysed = analyseDocument(input, folders);
    // Only JSON analyses are served again; an HCL2 one kept would only hold its settings' value
    // trees in memory (the folder model keeps the parsed files, which the next analysis reuses).
    if (analysed.format !== 'hcl') cache.set(input.uri, analysed);
    return analysed;
  };

  const isPacker = (input: DocumentInput, analysed: AnalysedDocument): boolean =>
    analysed.template !== undefined || analysed.hcl !== undefined || input.languageId === 'packer-json';

  // The last run's findings per HCL2 file: after an edit inside one block, most carry over.
  const previousRuns = new Map<string, PreviousRun>();

  function* diagnoseStepwise(input: DocumentInput, settings: ServiceSettings): Generator<void, Diagnostic[]> {
    const analysed = analyse(input);
    if (!isPacker(input, analysed)) return [];
    yield;
    const packer = situationOf(environment, settings.packerVersion);
    const context = contextKey(analysed, packer);
    const reuse = reusable(analysed, context, previousRuns.get(input.uri), blockScopedRules);
    const findings = yield* findProblemsStepwise(analysed, files, build, packer, reuse);
    const run = rememberRun(analysed, context, findings);
    if (run === undefined) previousRuns.delete(input.uri);
    else previousRuns.set(input.uri, run);
    return toDiagnostics(analysed, findings, settings);
  }

  const diagnose = (input: DocumentInput, settings: ServiceSettings): Diagnostic[] => {
    const steps = diagnoseStepwise(input, settings);
    for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
  };

  return {
    validate: (input, settings = defaultSettings) => diagnose(input, settings),
    validateStepwise: (input, settings = defaultSettings) => diagnoseStepwise(input, settings),
    codeActions(input, diagnostics, only, settings = defaultSettings) {
      const wants = (kind: string) => only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions: CodeAction[] = [];
      if (wants('quickfix')) actions.push(...quickFixes(input.uri, diagnostics, hclFixLayout(input)));
      if (wants('source.fixAll.packer')) {
        const all = fixAll(input.uri, diagnose(input, settings), hclFixLayout(input));
        if (all !== undefined) actions.push(all);
      }
      return actions;
    },
    format(input, options, range) {
      const analysed = analyse(input);
      if (!isPacker(input, analysed)) return { edits: [] };
      // Native HCL2 gets `packer fmt`'s layout; `*.pkr.json` (HCL2 in JSON syntax) is JSON to format.
      if (analysed.hcl !== undefined && analysed.hcl.file.json === undefined) return formatHcl(analysed, range);
      if (analysed.format === 'hcl' && analysed.root === undefined) return { edits: [] };
      return formatJson(analysed, options, range);
    },
    hover(input, offset, settings = defaultSettings) {
      const analysed = analyse(input);
      if (!isPacker(input, analysed)) return null;
      const situation = situationOf(environment, settings.packerVersion);
      return (
        pluginRequirementHover(analysed, offset, situation) ??
        withExternalValues(hover(analysed, offset), analysed, offset, build)
      );
    },
    completion(input, offset) {
      const analysed = analyse(input);
      if (!isPacker(input, analysed)) return { isIncomplete: false, items: [] };
      return completion(analysed, offset, analysed.template === undefined ? undefined : setOutside(input.uri, build));
    },
    signatureHelp(input, offset) {
      const analysed = analyse(input);
      return isPacker(input, analysed) ? signatureHelp(analysed, offset) : null;
    },
    buildNames(input) {
      const template = analyse(input).template;
      const names = template?.builders.map((b) => b.name).filter((n): n is string => n !== undefined) ?? [];
      return [...new Set(names)];
    },
    convertToHcl: (input, settings = defaultSettings) =>
      convertDocument(analyse(input), situationOf(environment, settings.packerVersion).packerVersion),
    documentLinks(input) {
      const analysed = analyse(input);
      return isPacker(input, analysed) ? documentLinks(analysed, files) : [];
    },
    configurations: (files, params, truncated, settings = defaultSettings) =>
      describeConfigurations(
        files,
        analyse,
        params,
        truncated,
        configurationsCache,
        situationOf(environment, settings.packerVersion),
      ),
    ...navigationFeatures(analyse),
    forget: (uri) => {
      cache.delete(uri);
      previousRuns.delete(uri);
      folders.forget(uri);
    },
  };
}
