/**
 * `packer/configurations`: the workspace's Packer files grouped the way Packer reads them. Every
 * `*.pkr.hcl`/`*.pkr.json` folder is one HCL2 configuration (with its variable files); every legacy JSON
 * template stands alone. Files come from the caller (the workspace index, open documents first).
 */
import type { AnalysedDocument, DocumentInput } from '../../document';
import { describeHclFolder } from './hclConfiguration';
import { describeLegacyTemplate } from './legacyConfiguration';
import { Locator } from './locations';
import type { ConfigurationsParams, ConfigurationsResult, PackerConfiguration } from './types';

export interface WorkspaceFile {
  uri: string;
  text: string;
}

const HCL_CONFIG = /\.pkr\.(hcl|json)$/i;
const HCL_ANY = /\.pkr(vars)?\.(hcl|json)$/i;

function folderUriOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

export function describeConfigurations(
  files: readonly WorkspaceFile[],
  analyse: (input: DocumentInput) => AnalysedDocument,
  params: ConfigurationsParams = {},
  truncated = false,
): ConfigurationsResult {
  const locator = new Locator();
  const configurations: PackerConfiguration[] = [];
  const seenFolders = new Set<string>();
  const sorted = [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const file of sorted) {
    if (HCL_ANY.test(file.uri)) {
      const folder = folderUriOf(file.uri);
      // A folder of variable files only is no configuration: Packer needs a `.pkr.hcl` to run.
      if (!HCL_CONFIG.test(file.uri) || seenFolders.has(folder)) continue;
      seenFolders.add(folder);
      const analysed = analyse({ uri: file.uri, version: -1, languageId: 'packer', text: file.text });
      if (analysed.hcl === undefined) continue;
      configurations.push(describeHclFolder(folder, analysed.hcl.configuration, locator, params.varFiles?.[folder]));
      continue;
    }
    // `json`, not `packer-json`: only a file whose top level holds `builders` is a template here.
    const analysed = analyse({ uri: file.uri, version: -1, languageId: 'json', text: file.text });
    if (analysed.template !== undefined) configurations.push(describeLegacyTemplate(file, analysed.template, locator));
  }
  return { configurations, truncated };
}
