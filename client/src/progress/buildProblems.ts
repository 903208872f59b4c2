/**
 * A failed build's errors in the Problems panel: configuration errors where packer names the file and
 * line (`on build.pkr.hcl line 3`, read as for validate), and a build that errored on the declaration of
 * the source it built (packer names the build, `Build 'null.web' errored`, and the server knows where
 * that source is declared). Cleared when the same template is built again.
 */
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ConfigurationStore } from '../configurations/configurationStore';
import { problemsFromValidateOutput } from '../tasks/packerOutput';
import type { BuildRun } from './buildRuns';

export const BUILD_PROBLEM_SOURCE = 'packer build';

export class BuildProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('packer-build');
  /** Per template (file or folder), the files it put problems on. */
  private readonly placed = new Map<string, vscode.Uri[]>();

  constructor(private readonly store: ConfigurationStore) {}

  started(run: BuildRun): void {
    const key = keyOf(run);
    for (const uri of this.placed.get(key) ?? []) this.collection.delete(uri);
    this.placed.delete(key);
  }

  async ended(run: BuildRun): Promise<void> {
    if (run.exitCode === 0 && run.reader.sources.every((s) => s.status !== 'failed')) return;
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const add = (uri: vscode.Uri, diagnostic: vscode.Diagnostic): void => {
      diagnostic.source = BUILD_PROBLEM_SOURCE;
      byFile.set(uri.toString(), [...(byFile.get(uri.toString()) ?? []), diagnostic]);
    };
    const file = run.run.target.file;
    const templateText = file === undefined ? undefined : await fs.readFile(file, 'utf8').catch(() => undefined);
    const placed = problemsFromValidateOutput(run.output, {
      cwd: run.run.target.cwd,
      ...(file !== undefined && { templateFile: file }),
      ...(templateText !== undefined && { templateText }),
    });
    for (const problem of placed) {
      const position = new vscode.Position(problem.line - 1, problem.column - 1);
      const severity =
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
      add(
        vscode.Uri.file(problem.file),
        new vscode.Diagnostic(new vscode.Range(position, position), problem.message, severity),
      );
    }
    const configuration =
      this.store.configurationOf(vscode.Uri.file(file ?? run.run.target.cwd)) ??
      this.store.configurations.find((c) => vscode.Uri.parse(c.uri).fsPath === run.run.target.cwd);
    for (const failed of run.reader.sources.filter((s) => s.status === 'failed')) {
      const source = configuration?.builds
        .flatMap((b) => b.sources)
        .find((s) => s.only === failed.name || s.reference === failed.name);
      const at = source?.declaration ?? source?.location;
      if (at === undefined) continue;
      const start = new vscode.Position(at.range.start.line, at.range.start.character);
      const end = new vscode.Position(at.range.start.line, Number.MAX_SAFE_INTEGER);
      add(
        vscode.Uri.parse(at.uri),
        new vscode.Diagnostic(
          new vscode.Range(start, end),
          `Build '${failed.name}' failed: ${failed.error ?? 'see the terminal'}`,
          vscode.DiagnosticSeverity.Error,
        ),
      );
    }
    const uris: vscode.Uri[] = [];
    for (const [uri, diagnostics] of byFile) {
      const parsed = vscode.Uri.parse(uri);
      this.collection.set(parsed, [...(this.collection.get(parsed) ?? []), ...diagnostics]);
      uris.push(parsed);
    }
    this.placed.set(keyOf(run), uris);
  }

  dispose(): void {
    this.collection.dispose();
  }
}

function keyOf(run: BuildRun): string {
  return run.run.target.file ?? run.run.target.cwd;
}
