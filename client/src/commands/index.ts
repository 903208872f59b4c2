/** Every `packer.<verb>` command, in one table. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildFlags, packerArgs, templateKindOf } from '../tasks/packerArgs';
import { askBuildChoices } from './buildChoices';
import { toParams } from './buildVarFileMemory';
import type { CommandContext } from './context';
import { convertToHcl } from './convertToHcl';
import { asUri, installPlugin } from './installPlugin';
import { planCommand, runVerb, startTask } from './runPacker';

interface CommandSpec {
  id: string;
  run: (ctx: CommandContext, ...args: unknown[]) => unknown;
}

const COMMANDS: readonly CommandSpec[] = [
  { id: 'packer.build', run: (ctx, uri) => build(ctx, uri) },
  { id: 'packer.validate', run: (ctx, uri) => runVerb(ctx, 'validate', uri) },
  { id: 'packer.format', run: (ctx, uri) => format(ctx, uri) },
  { id: 'packer.init', run: (ctx, uri) => init(ctx, asUri(uri) ?? uri) },
  { id: 'packer.installPlugin', run: (ctx, uri, source) => installPlugin(ctx, uri, source) },
  { id: 'packer.inspect', run: (ctx, uri) => runVerb(ctx, 'inspect', uri) },
  { id: 'packer.convertToHcl', run: (ctx, uri) => convertToHcl(ctx, asUri(uri) ?? uri) },
  { id: 'packer.restartServer', run: (ctx) => ctx.client.restart() },
  { id: 'packer.showOutput', run: (ctx) => ctx.client.showOutput() },
];

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return COMMANDS.map(({ id, run }) => vscode.commands.registerCommand(id, (...args: unknown[]) => run(ctx, ...args)));
}

async function build(ctx: CommandContext, uri: unknown): Promise<void> {
  const run = await planCommand(ctx, 'build', uri);
  if (!run) return;
  const templateUri = vscode.Uri.file(run.target.file ?? run.target.cwd);
  const packer = await ctx.packer.lookup(templateUri);
  const choices = await askBuildChoices({
    target: run.target,
    templateUri,
    version: packer.ok ? packer.info.version : undefined,
    buildNames: (u) => ctx.client.buildNames(u),
    ...(ctx.varFiles !== undefined && { remembered: ctx.varFiles }),
    onVarFileChosen: (folder, fileName) => {
      void ctx.varFiles?.remember(folder, fileName);
      ctx.client.notifyBuildVarFile(toParams(folder, fileName, (p) => ctx.client.asUri(p)));
    },
  });
  if (!choices) return;
  const flags = buildFlags(choices);
  await startTask({ ...run, args: packerArgs('build', run.target, flags) }, flags);
}

/** `packer fmt` rewrites HCL2 only (it leaves `.json` alone); JSON goes to the editor's formatter. */
async function format(ctx: CommandContext, uri: unknown): Promise<void> {
  if (isJsonFile(uri)) {
    const formatDocument = 'Format Document';
    const choice = await vscode.window.showInformationMessage(
      'packer fmt formats HCL2 files (.pkr.hcl, .pkrvars.hcl) only; this is a JSON template. Use Format Document to format JSON.',
      formatDocument,
    );
    if (choice === formatDocument) await formatJson(uri);
    return;
  }
  await runVerb(ctx, 'fmt', uri);
}

async function init(ctx: CommandContext, uri: unknown): Promise<void> {
  const file = fileOf(uri);
  if (file !== undefined && templateKindOf(file) === 'legacy-json') {
    void vscode.window.showInformationMessage(
      'packer init installs the plugins an HCL2 template lists in required_plugins; a legacy JSON template has nothing for it to install.',
    );
    return;
  }
  // The version check (init arrived in Packer 1.7.0) is part of planning, shared with tasks.json.
  await runVerb(ctx, 'init', uri);
}

function fileOf(uri: unknown): string | undefined {
  if (uri instanceof vscode.Uri) return uri.fsPath;
  return vscode.window.activeTextEditor?.document.uri.fsPath;
}

function isJsonFile(uri: unknown): boolean {
  const file = fileOf(uri);
  return file !== undefined && path.extname(file).toLowerCase() === '.json';
}

async function formatJson(uri: unknown): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) return;
  await vscode.window.showTextDocument(target);
  await vscode.commands.executeCommand('editor.action.formatDocument');
}
