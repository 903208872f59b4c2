import type { PackerLanguageClient } from '../languageClient';
import type { PackerBinary } from '../packerBinary';
import type { BuildVarFileMemory } from './buildVarFileMemory';

/** What the commands need from the rest of the extension. */
export interface CommandContext {
  packer: PackerBinary;
  client: PackerLanguageClient;
  /** The variable file last chosen in Packer: Build, per folder. */
  varFiles?: BuildVarFileMemory;
}
