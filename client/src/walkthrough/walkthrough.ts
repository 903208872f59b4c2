/**
 * The "Get started with Packer" walkthrough's steps complete on what really happened, through context
 * keys its `completionEvents` wait on: packer found, a Packer file opened, a problem fixed, `packer init`,
 * `validate` and `build` ending with exit code 0. Converting completes on the command itself
 * (`onCommand:packer.convertToHcl` in package.json).
 */
import * as vscode from 'vscode';
import type { PackerBinary } from '../packerBinary';

export const STEP_CONTEXTS = {
  packerFound: 'packer.walkthrough.packerFound',
  templateOpened: 'packer.walkthrough.templateOpened',
  problemFixed: 'packer.walkthrough.problemFixed',
  initialized: 'packer.walkthrough.initialized',
  validated: 'packer.walkthrough.validated',
  built: 'packer.walkthrough.built',
} as const;
export type StepKey = keyof typeof STEP_CONTEXTS;

const PACKER_LANGUAGES = new Set(['packer', 'packer-vars', 'packer-json']);
const TASK_STEPS: Record<string, StepKey> = { init: 'initialized', validate: 'validated', build: 'built' };
/** The extension's own diagnostics (the `packer validate` matcher's and builds' have other sources). */
const OUR_SOURCE = 'packer';

export class WalkthroughProgress implements vscode.Disposable {
  private readonly done = new Set<StepKey>();
  private readonly completed = new vscode.EventEmitter<StepKey>();
  readonly onDidComplete = this.completed.event;
  private readonly subscriptions: vscode.Disposable[];
  private readonly problemCounts = new Map<string, number>();
  private readonly edited = new Set<string>();

  constructor(private readonly packer: PackerBinary) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.checkEditor(editor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('packer.path')) void this.checkPacker();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.checkPacker()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && PACKER_LANGUAGES.has(e.document.languageId))
          this.edited.add(e.document.uri.toString());
      }),
      vscode.languages.onDidChangeDiagnostics((e) => this.checkProblems(e.uris)),
      vscode.tasks.onDidEndTaskProcess((e) => {
        const definition = e.execution.task.definition;
        const step = definition.type === 'packer' ? TASK_STEPS[String(definition['command'])] : undefined;
        if (step !== undefined && e.exitCode === 0) this.mark(step);
      }),
      vscode.commands.registerCommand('packer.walkthrough.locatePacker', () => this.locatePacker()),
      vscode.commands.registerCommand('packer.walkthrough.newTemplate', () => newTemplate()),
    ];
    this.checkEditor(vscode.window.activeTextEditor);
    void this.checkPacker();
  }

  /** The steps completed in this window. */
  get steps(): StepKey[] {
    return [...this.done];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.completed.dispose();
  }

  private mark(step: StepKey): void {
    if (this.done.has(step)) return;
    this.done.add(step);
    void vscode.commands.executeCommand('setContext', STEP_CONTEXTS[step], true);
    this.completed.fire(step);
  }

  /** Nothing is run in Restricted Mode, `packer version` included. */
  private async checkPacker(): Promise<boolean> {
    if (!vscode.workspace.isTrusted) return false;
    const found = await this.packer.lookup();
    if (found.ok) this.mark('packerFound');
    return found.ok;
  }

  /** The step's button: says which packer was found, or offers to install or locate it. */
  private async locatePacker(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const info = await this.packer.require();
    if (info === undefined) return;
    this.mark('packerFound');
    void vscode.window.showInformationMessage(`Packer ${info.version?.text ?? ''} found: ${info.path}`);
  }

  private checkEditor(editor: vscode.TextEditor | undefined): void {
    if (editor !== undefined && PACKER_LANGUAGES.has(editor.document.languageId)) this.mark('templateOpened');
  }

  /** A problem fixed: fewer of our diagnostics on a Packer file after an edit of it. */
  private checkProblems(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const key = uri.toString();
      const count = vscode.languages.getDiagnostics(uri).filter((d) => d.source === OUR_SOURCE).length;
      const before = this.problemCounts.get(key);
      this.problemCounts.set(key, count);
      if (before !== undefined && count < before && this.edited.has(key)) this.mark('problemFixed');
      this.edited.delete(key);
    }
  }
}

/** A new untitled HCL2 template from the `new-null` snippet: one that builds on any machine. */
async function newTemplate(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'packer' });
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', {
    langId: 'packer',
    name: 'New template: null with shell-local',
  });
}
