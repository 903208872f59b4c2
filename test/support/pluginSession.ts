/**
 * For LSP tests of plugin resolution: a server per describe block with a plugin folder of its own,
 * and small predicates on diagnostics.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import * as assert from 'node:assert/strict';
import { LspTestClient } from './lspClient';
import { makePluginFolder, removePluginFolder } from './pluginFolders';

export const AMAZON = 'github.com/hashicorp/amazon';
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
export const has = (code: string) => (diagnostics: Diagnostic[]) => codes(diagnostics).includes(code);
export const lacks = (code: string) => (diagnostics: Diagnostic[]) => !codes(diagnostics).includes(code);

export async function fixAll(client: LspTestClient, uri: string): Promise<CodeAction> {
  const [action] = await client.codeActions(uri, START, [], ['source.fixAll.packer']);
  assert.ok(action, 'a fix-all action');
  return action;
}

export interface Session {
  client: LspTestClient;
  /** The server's plugin folder (PACKER_PLUGIN_PATH). */
  plugins: string;
  /** Where the templates of the block stand. */
  work: string;
}

/** For one describe block: a server with a plugin folder of its own (filled by `install`) and a work folder. */
export function session(options: {
  settings?: unknown;
  packerVersion?: string | null;
  install?: (folder: string) => void;
}): Session {
  const current = {} as Session;
  before(async () => {
    current.plugins = makePluginFolder();
    options.install?.(current.plugins);
    current.work = fs.mkdtempSync(path.join(os.tmpdir(), 'plugins-work-'));
    current.client = await LspTestClient.start(
      options.settings ?? {},
      {},
      {
        env: { PACKER_PLUGIN_PATH: current.plugins },
        ...(options.packerVersion !== undefined && { packerVersion: options.packerVersion }),
      },
    );
  });
  after(async () => {
    await current.client.stop();
    removePluginFolder(current.plugins);
    fs.rmSync(current.work, { recursive: true, force: true });
  });
  return current;
}
