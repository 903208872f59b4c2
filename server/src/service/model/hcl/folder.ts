/**
 * A Packer HCL2 configuration is a folder: every `*.pkr.hcl` in it, plus the variable files. The
 * folder is read from disk on each analysis, with the editor's unsaved text taking precedence, so
 * files created, changed, renamed or deleted outside the editor are seen the next time any file of
 * the folder is checked. Parsed files are cached by their text, which keeps that cheap.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildConfiguration, type HclConfiguration } from './configuration';
import { parseHclFile, reparseHclFile, roleOf, type HclFile, type HclFileRole } from './hclFile';
import { readAsVarFiles } from './varFileNamedAsConfig';

export interface FolderAccess {
  listDirectory(absolutePath: string): string[] | undefined;
  readText(absolutePath: string): string | undefined;
  /** The editor's text of a file it has open (saved or not). */
  openText(uri: string): string | undefined;
}

export class FolderModel {
  private readonly parsed = new Map<string, HclFile>();

  constructor(private readonly access: FolderAccess) {}

  /** The configuration of the folder holding `uri`, and that file in it. */
  configurationOf(
    uri: string,
    text: string,
    languageRole?: HclFileRole,
  ): { file: HclFile; configuration: HclConfiguration } | undefined {
    const own = this.parse(uri, text, languageRole);
    if (own === undefined) return undefined;
    const files = [own];
    if (uri.startsWith('file:')) {
      const folder = path.dirname(fileURLToPath(uri));
      for (const name of (this.access.listDirectory(folder) ?? []).sort()) {
        if (roleOf(name) === undefined) continue;
        const otherUri = pathToFileURL(path.join(folder, name)).href;
        if (otherUri === uri) continue;
        const otherText = this.access.openText(otherUri) ?? this.access.readText(path.join(folder, name));
        const other = otherText === undefined ? undefined : this.parse(otherUri, otherText);
        if (other !== undefined) files.push(other);
      }
    }
    const read = readAsVarFiles(files);
    return { file: read[0] ?? own, configuration: buildConfiguration(read) };
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
  }

  private parse(uri: string, text: string, languageRole?: HclFileRole): HclFile | undefined {
    const cached = this.parsed.get(uri);
    if (cached?.text === text) return cached;
    const file =
      cached === undefined ? parseHclFile(uri, text, languageRole) : reparseHclFile(cached, text, languageRole);
    if (file !== undefined) this.parsed.set(uri, file);
    return file;
  }
}
