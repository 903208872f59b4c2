/**
 * The variable file last chosen in "Packer: Build", per folder, kept in the workspace state so
 * that the next build offers it first and the language server counts its values as set (a
 * `packer/buildVarFile` notification now, the whole list in the initialization options on every
 * start of the server).
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';

const KEY = 'packer.build.varFiles';

/** `packer/buildVarFile`: the variable file chosen for builds in a folder (file URIs); null for none. */
export const BUILD_VAR_FILE_NOTIFICATION = 'packer/buildVarFile';
export interface BuildVarFileParams {
  folder: string;
  varFile: string | null;
}

export class BuildVarFileMemory {
  constructor(private readonly state: vscode.Memento) {}

  /** The file name chosen for the folder: '' for "no variable file", undefined when nothing was chosen yet. */
  chosen(folder: string): string | undefined {
    return this.read()[folder];
  }

  async remember(folder: string, fileName: string): Promise<void> {
    await this.state.update(KEY, { ...this.read(), [folder]: fileName });
  }

  /** Every remembered choice as the server takes it; `asUri` turns a path into a protocol URI. */
  all(asUri: (fsPath: string) => string): BuildVarFileParams[] {
    return Object.entries(this.read()).map(([folder, name]) => toParams(folder, name, asUri));
  }

  private read(): Record<string, string> {
    const stored = this.state.get<unknown>(KEY);
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }
}

export function toParams(folder: string, fileName: string, asUri: (fsPath: string) => string): BuildVarFileParams {
  return { folder: asUri(folder), varFile: fileName === '' ? null : asUri(path.join(folder, fileName)) };
}
