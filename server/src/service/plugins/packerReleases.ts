/**
 * What each Packer release added that a template can use, from Packer's CHANGELOG.md: HCL2
 * functions, blocks and meta-arguments, and the end of bundled plugins (1.10.0 removed them).
 */
import { compareVersions, parseVersion, type Version } from './versions';

/** HCL2 functions and the release that added them. */
export const FUNCTIONS_SINCE: Readonly<Record<string, string>> = {
  regex: '1.7.0',
  regexall: '1.7.0',
  legacy_isotime: '1.7.1',
  templatefile: '1.7.1',
  textencodebase64: '1.11.0',
  textdecodebase64: '1.11.0',
  aws_secretsmanager_raw: '1.12.0',
  alltrue: '1.12.0',
  anytrue: '1.12.0',
  strcontains: '1.12.0',
  base64gzip: '1.12.0',
  sum: '1.13.0',
  startswith: '1.13.0',
  endswith: '1.13.0',
  rfc3339_parse: '1.16.0',
  unix_timestamp_parse: '1.16.0',
};

/** Constructs that are not functions: where they stand and the release that added them. */
export const CONSTRUCTS_SINCE = {
  /** `data "type" "name" {}`: data sources arrived with Packer 1.7.0. */
  dataBlock: '1.7.0',
  /** `packer { required_plugins {} }` and `packer init`. */
  requiredPlugins: '1.7.0',
  /** `hcp_packer_registry` at the top level (before, only inside `build`). */
  topLevelHcpPackerRegistry: '1.13.0',
  /** The provisioner meta-argument. */
  continueOnError: '1.16.0',
  /** `optional()` in a variable's object type. */
  optionalAttribute: '1.16.0',
} as const;

/** The first release without bundled plugins. */
export const UNBUNDLED_SINCE = '1.10.0';

export function isAtLeast(version: Version, release: string): boolean {
  const wanted = parseVersion(release);
  // A pre-release of a release counts as that release: a 1.10.0-dev build has what 1.10.0 has.
  return wanted !== undefined && compareVersions({ ...version, prerelease: '' }, wanted) >= 0;
}
