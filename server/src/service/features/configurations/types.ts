/**
 * The answer to `packer/configurations`: every Packer configuration of the workspace at a glance, for
 * views, run lenses and status items of any client. Locations are LSP locations, so that a client can
 * open them without parsing anything itself.
 */
import type { Location } from 'vscode-languageserver-types';

export interface ConfigurationsParams {
  /** Per configuration (its `uri`), the variable file whose values to show, as a file URI. */
  varFiles?: Record<string, string>;
}

export interface ConfigurationsResult {
  configurations: PackerConfiguration[];
  /** The workspace scan stopped at a limit: some configurations may be missing. */
  truncated: boolean;
}

export interface PackerConfiguration {
  kind: 'hcl2' | 'legacy-json';
  /** The folder of an HCL2 configuration; the file of a legacy template. */
  uri: string;
  /** Its files: `*.pkr.hcl`, `*.pkr.json` and variable files (HCL2), or the template itself. */
  files: string[];
  /** Files that can be given to `-var-file` (HCL2: `*.pkrvars.hcl` that are not auto-loaded). */
  varFileCandidates: string[];
  /** The variable file the values were read with, when one was asked for and exists. */
  varFile?: string;
  sources: SourceInfo[];
  builds: BuildInfo[];
  variables: VariableInfo[];
  dataSources: ComponentInfo[];
  plugins: PluginsInfo;
}

export interface SourceInfo {
  type: string;
  name: string;
  /** The plugin that brings this builder type; absent for builders inside Packer and unknown types. */
  plugin?: PluginRef;
  location: Location;
}

export interface PluginRef {
  name: string;
  source: string;
  /** Whether it is installed; absent while plugin resolution cannot say. */
  installed?: boolean;
}

export interface BuildInfo {
  /** The `name` of an HCL2 build; absent for unnamed builds and legacy templates. */
  name?: string;
  /** The `build` block (HCL2) or the `builders` key (legacy). */
  location: Location;
  sources: BuildSourceInfo[];
  provisioners: ComponentInfo[];
  postProcessors: ComponentInfo[];
}

export interface BuildSourceInfo {
  /** `null.example` (HCL2 `TYPE.NAME`), or a legacy builder's name. */
  reference: string;
  /** The value of `packer build -only=` that builds just this source of this build. */
  only: string;
  /** Where the build names it. */
  location: Location;
  /** Where it is declared, when it is. */
  declaration?: Location;
}

export interface ComponentInfo {
  type: string;
  /** Data sources: their name. */
  name?: string;
  location: Location;
}

export interface VariableInfo {
  name: string;
  /** The value's source text; `(sensitive)` for a sensitive variable; absent when nothing sets it. */
  value?: string;
  /** Where the value comes from: `default`, or the name of the variable file that sets it. */
  from?: string;
  sensitive: boolean;
  location: Location;
}

export interface PluginsInfo {
  /** `required_plugins` entries (HCL2). */
  declared: DeclaredPlugin[];
  /**
   * Filled in by plugin resolution when it knows the plugin folder; absent means unknown. A client
   * shows "unknown" rather than "none" then.
   */
  installed?: string[];
  missing?: string[];
}

export interface DeclaredPlugin {
  name: string;
  source?: string;
  version?: string;
  location: Location;
}
