/**
 * `packer/configurations`: the workspace's Packer files grouped the way Packer reads them. Every
 * `*.pkr.hcl`/`*.pkr.json` folder is one HCL2 configuration (with its variable files); every legacy JSON
 * template stands alone. Files come from the caller (the workspace index, open documents first).
 *
 * The client asks again after every edit, so each configuration's answer is kept with the texts it was
 * made from and reused while they are the same: an edit re-describes one folder, not the workspace.
 * The plugin folder's reading and the Packer in use are part of that check: the host reads the folder
 * again (a new object) only after it changed, so installing a plugin re-describes every folder once.
 */
import type { AnalysedDocument, DocumentInput } from '../../document';
import type { InstalledPlugins } from '../../plugins/installedPlugins';
import { unknownSituation, type PackerSituation } from '../../plugins/packerSituation';
import { describeHclFolder } from './hclConfiguration';
import { describeLegacyTemplate } from './legacyConfiguration';
import { Locator } from './locations';
import type { ConfigurationsParams, ConfigurationsResult, PackerConfiguration } from './types';

export interface WorkspaceFile {
  uri: string;
  text: string;
}

interface Described {
  /** The files (and chosen variable file) it was made from. */
  uris: string[];
  texts: string[];
  varFile: string | undefined;
  installed: InstalledPlugins | undefined;
  packerVersion: string | undefined;
  configuration: PackerConfiguration | undefined;
}

/** The answers of earlier requests, by configuration. */
export type ConfigurationsCache = Map<string, Described>;

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
  cache: ConfigurationsCache = new Map(),
  packer: PackerSituation = unknownSituation,
): ConfigurationsResult {
  const locator = new Locator();
  const groups = new Map<string, WorkspaceFile[]>();
  for (const file of [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    const key = HCL_ANY.test(file.uri) ? folderUriOf(file.uri) : file.uri;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const configurations: PackerConfiguration[] = [];
  for (const [key, group] of groups) {
    const varFile = params.varFiles?.[key];
    const known = cache.get(key);
    const same =
      known !== undefined &&
      known.varFile === varFile &&
      known.installed === packer.installed &&
      known.packerVersion === packer.packerVersion?.text &&
      known.uris.length === group.length &&
      group.every((f, i) => known.uris[i] === f.uri && known.texts[i] === f.text);
    const configuration = same ? known.configuration : describe(key, group, analyse, locator, varFile, packer);
    if (!same) {
      const uris = group.map((f) => f.uri);
      const { installed, packerVersion } = packer;
      const texts = group.map((f) => f.text);
      cache.set(key, { uris, texts, varFile, installed, packerVersion: packerVersion?.text, configuration });
    }
    if (configuration !== undefined) configurations.push(configuration);
  }
  for (const key of cache.keys()) if (!groups.has(key)) cache.delete(key);
  return { configurations, truncated };
}

function describe(
  key: string,
  group: readonly WorkspaceFile[],
  analyse: (input: DocumentInput) => AnalysedDocument,
  locator: Locator,
  varFile: string | undefined,
  packer: PackerSituation,
): PackerConfiguration | undefined {
  const [first] = group;
  if (first === undefined) return undefined;
  if (HCL_ANY.test(first.uri)) {
    // A folder of variable files only is no configuration: Packer needs a `.pkr.hcl` to run.
    const config = group.find((f) => HCL_CONFIG.test(f.uri));
    if (config === undefined) return undefined;
    const analysed = analyse({ uri: config.uri, version: -1, languageId: 'packer', text: config.text });
    return analysed.hcl === undefined
      ? undefined
      : describeHclFolder(key, analysed.hcl.configuration, locator, varFile, packer);
  }
  // `json`, not `packer-json`: only a file whose top level holds `builders` is a template here.
  const analysed = analyse({ uri: first.uri, version: -1, languageId: 'json', text: first.text });
  return analysed.template === undefined ? undefined : describeLegacyTemplate(first, analysed.template, locator);
}
