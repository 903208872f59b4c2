import type { PackerLanguageClient } from '../languageClient';
import type { PackerBinary } from '../packerBinary';

/** What the commands need from the rest of the extension. */
export interface CommandContext {
  packer: PackerBinary;
  client: PackerLanguageClient;
}
