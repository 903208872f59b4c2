/**
 * One file of an HCL2 configuration folder, parsed. The folder's configuration files are
 * `*.pkr.hcl` (and `*.pkr.json`); `*.auto.pkrvars.hcl` set variables for every run; other
 * `*.pkrvars.hcl` are variable files a user passes with `-var-file`. The `.json` forms are read
 * with HCL's JSON syntax and converted to the same tree (json/jsonToHcl).
 */
import type { Body, BodyItem } from '../../parsing/hcl/ast';
import type { HclDiagnostic } from '../../parsing/hcl/diagnostics';
import { parseHcl } from '../../parsing/hcl/parser';
import { reparseEditedBlock, type BlockEdit } from '../../parsing/hcl/reparse';
import { parseJson, type ParsedJson } from '../../parsing/jsonParser';
import { jsonToHcl } from './json/jsonToHcl';

export type HclFileRole = 'config' | 'auto-vars' | 'vars';

export interface HclFile {
  uri: string;
  /** The file's name, for messages. */
  name: string;
  role: HclFileRole;
  text: string;
  body: Body;
  diagnostics: HclDiagnostic[];
  /**
   * Set for a `.pkr.hcl` read as a variable file: it holds only assignments, in a folder with no
   * source or build (see varFileNamedAsConfig.ts).
   */
  namedAsConfig?: true;
  /** Which reading of its file this is: a number no other reading has. */
  reading?: number;
  /** Set when this reading reused the previous one (`after`) and read only the edited block again. */
  edit?: FileEdit;
  /** Set for a file in HCL's JSON syntax (`*.pkr.json`, `*.pkrvars.json`): the JSON parse, with its recoveries. */
  json?: ParsedJson;
}

export interface FileEdit extends BlockEdit {
  /** The `reading` this one reused. */
  after: number;
  /** The item that was read again, as it was before the edit. */
  replaced: BodyItem;
}

let readings = 0;

export function roleOf(fileName: string): HclFileRole | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.auto.pkrvars.hcl')) return 'auto-vars';
  if (name.endsWith('.pkrvars.hcl')) return 'vars';
  if (name.endsWith('.pkr.hcl')) return 'config';
  if (name.endsWith('.auto.pkrvars.json')) return 'auto-vars';
  if (name.endsWith('.pkrvars.json')) return 'vars';
  if (name.endsWith('.pkr.json')) return 'config';
  return undefined;
}

/**
 * `languageRole` is what the editor's language says when the name does not (an untitled file, or
 * one the user switched to Packer by hand): `packer` is a configuration, `packer-vars` a var file.
 */
export function parseHclFile(uri: string, text: string, languageRole?: HclFileRole): HclFile | undefined {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const role = roleOf(name) ?? languageRole;
  if (role === undefined) return undefined;
  if (name.toLowerCase().endsWith('.json')) {
    const json = parseJson(text);
    const { body, diagnostics } = jsonToHcl(json.repairedText, json.root, role === 'config' ? 'config' : 'vars');
    return { uri, name, role, text, body, diagnostics, json };
  }
  const { body, diagnostics } = parseHcl(text);
  return { uri, name, role, text, body, diagnostics, reading: ++readings };
}

/**
 * The file with its new text, reading only the block the edit falls in when that is enough (see
 * parsing/hcl/reparse.ts); otherwise a full reading. `previous` must not be used afterwards: its
 * blocks after the edit now belong to the new reading.
 */
export function reparseHclFile(previous: HclFile, text: string, languageRole?: HclFileRole): HclFile | undefined {
  const sameRole = (roleOf(previous.name) ?? languageRole) === previous.role;
  if (sameRole && previous.json === undefined && previous.reading !== undefined) {
    const replaced = previous.body.items;
    const reread = reparseEditedBlock(previous.text, previous, text);
    const old = reread === undefined ? undefined : replaced[reread.edit.index];
    if (reread !== undefined && old !== undefined) {
      const { uri, name, role } = previous;
      const edit: FileEdit = { ...reread.edit, after: previous.reading, replaced: old };
      return { uri, name, role, text, body: reread.body, diagnostics: [], reading: ++readings, edit };
    }
  }
  return parseHclFile(previous.uri, text, languageRole);
}
