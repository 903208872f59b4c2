/**
 * What `activate` returns: the parts whose state VS Code's API cannot read back (language status items,
 * a tree's items, walkthrough progress), for other extensions and for the extension-host tests.
 */
import type { ConfigurationStore } from './configurations/configurationStore';
import type { BuildProgressStatus } from './progress/buildProgress';
import type { BuildRunRegistry } from './progress/buildRuns';
import type { PackerLanguageStatus } from './status/languageStatus';
import type { PackerViewProvider } from './view/packerView';
import type { WalkthroughProgress } from './walkthrough/walkthrough';

export interface PackerExtensionApi {
  store: ConfigurationStore;
  languageStatus: PackerLanguageStatus;
  view: PackerViewProvider;
  buildRuns: BuildRunRegistry;
  progress: BuildProgressStatus;
  walkthrough: WalkthroughProgress;
}
