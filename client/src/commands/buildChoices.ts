/**
 * The questions `packer build` users answer on the command line, asked as quick picks: a variable file,
 * which builds (`-only`), what to do on error, `-force` and `-debug`. Escape at any step cancels the build.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isLegacyJsonTemplate } from '../legacyJson';
import { isAtLeast, type PackerVersion } from '../packerVersion';
import {
  ON_ERROR_SINCE,
  varFileCandidates,
  type BuildChoices,
  type OnError,
  type PackerTarget,
} from '../tasks/packerArgs';
import type { BuildVarFileMemory } from './buildVarFileMemory';

const TITLE = 'Packer Build';

interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

export interface BuildQuestions {
  target: PackerTarget;
  /** The template's URI, for the build-name request. */
  templateUri: vscode.Uri;
  version: PackerVersion | undefined;
  buildNames: (uri: vscode.Uri) => Promise<string[] | undefined>;
  /** The variable file last chosen per folder, offered first. */
  remembered?: BuildVarFileMemory;
  /** Called with the folder and the file name chosen ('' for none). */
  onVarFileChosen?: (folder: string, fileName: string) => void;
}

export async function askBuildChoices(questions: BuildQuestions): Promise<BuildChoices | undefined> {
  const choices: BuildChoices = {};

  const varFile = await askVarFile(questions.target, questions.remembered?.chosen(questions.target.cwd));
  if (varFile === undefined) return undefined;
  questions.onVarFileChosen?.(questions.target.cwd, varFile);
  if (varFile !== '') choices.varFile = varFile;

  const only = await askOnly(await questions.buildNames(questions.templateUri));
  if (only === undefined) return undefined;
  if (only.length > 0) choices.only = only;

  const onError = await askOnError(questions.version);
  if (onError === undefined) return undefined;
  choices.onError = onError;

  const flags = await vscode.window.showQuickPick<Choice<'force' | 'debug'>>(
    [
      { label: '-force', description: 'delete existing artifacts and build anyway', value: 'force' },
      { label: '-debug', description: 'pause before each step until you press Enter', value: 'debug' },
    ],
    {
      title: `${TITLE}: options`,
      placeHolder: 'Tick the options you want, then press Enter',
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (flags === undefined) return undefined;
  choices.force = flags.some((f) => f.value === 'force');
  choices.debug = flags.some((f) => f.value === 'debug');
  return choices;
}

/**
 * '' for none, undefined for cancel; skipped (none) when the folder has no candidate. The choice
 * last made for the folder comes first, then the file the command was run on.
 */
async function askVarFile(target: PackerTarget, lastChosen: string | undefined): Promise<string | undefined> {
  const names = await fs.readdir(target.cwd).catch(() => [] as string[]);
  const jsonTemplates = new Set<string>();
  if (target.kind === 'legacy-json') {
    for (const name of names.filter((n) => n.toLowerCase().endsWith('.json'))) {
      const text = await fs.readFile(path.join(target.cwd, name), 'utf8').catch(() => '');
      if (isLegacyJsonTemplate(text)) jsonTemplates.add(name);
    }
  }
  const candidates = varFileCandidates(target.kind, names, (name) => jsonTemplates.has(name));
  if (candidates.length === 0) return '';
  const current = target.file === undefined ? undefined : path.basename(target.file);
  const items: Choice<string>[] = [
    { label: 'No variable file', description: 'defaults and *.auto.pkrvars.hcl only', value: '' },
    ...candidates.map((name) => ({ label: name, description: name === current ? 'this file' : '', value: name })),
  ];
  const preferred = items.find((item) => item.value === current);
  if (preferred) items.unshift(...items.splice(items.indexOf(preferred), 1));
  const last = items.find((item) => item.value === lastChosen);
  if (last) {
    last.description = last.description === '' ? 'last used here' : `${last.description}, last used here`;
    items.unshift(...items.splice(items.indexOf(last), 1));
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `${TITLE}: variable file (-var-file)`,
    placeHolder: 'Variables for this build',
    ignoreFocusOut: true,
  });
  return picked?.value;
}

/** [] for all builds, undefined for cancel. Not asked when the server names at most one build or cannot say. */
async function askOnly(names: string[] | undefined): Promise<string[] | undefined> {
  if (names === undefined || names.length <= 1) return [];
  const picked = await vscode.window.showQuickPick(
    names.map((name) => ({ label: name, picked: true, value: name })),
    {
      title: `${TITLE}: builds (-only)`,
      placeHolder: 'Untick the builds to skip',
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (picked === undefined) return undefined;
  // Nothing ticked would build nothing at all; reading it as "all" is the useful interpretation.
  return picked.length === 0 || picked.length === names.length ? [] : picked.map((p) => p.value);
}

const ON_ERROR_ITEMS: Choice<OnError>[] = [
  { label: 'cleanup', description: 'default: delete what the build created', value: 'cleanup' },
  { label: 'abort', description: 'stop and leave everything as it is, to inspect it', value: 'abort' },
  { label: 'ask', description: 'ask in the terminal: clean up, abort or retry the step', value: 'ask' },
  {
    label: 'run-cleanup-provisioner',
    description: 'run the error-cleanup-provisioner, then stop without cleanup',
    value: 'run-cleanup-provisioner',
  },
];

async function askOnError(version: PackerVersion | undefined): Promise<OnError | undefined> {
  const items = ON_ERROR_ITEMS.map((item) => {
    const since = ON_ERROR_SINCE[item.value];
    if (since === undefined || version === undefined || isAtLeast(version, since)) return item;
    return { ...item, description: `needs Packer ${since} or later; this packer is ${version.text}` };
  });
  for (;;) {
    const picked = await vscode.window.showQuickPick(items, {
      title: `${TITLE}: when a step fails (-on-error)`,
      placeHolder: 'What Packer does when the build fails',
      ignoreFocusOut: true,
    });
    if (picked === undefined) return undefined;
    const since = ON_ERROR_SINCE[picked.value];
    if (since === undefined || version === undefined || isAtLeast(version, since)) return picked.value;
    await vscode.window.showWarningMessage(
      `-on-error=${picked.value} needs Packer ${since} or later; this packer is ${version.text}. Pick another choice.`,
      { modal: true },
    );
  }
}
