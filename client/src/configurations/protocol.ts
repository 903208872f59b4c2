/**
 * `packer/configurations`, as the server defines it: the types come from the server's own declaration
 * (a type-only import, erased from the bundle), so the two sides cannot drift apart.
 */
export type {
  BuildInfo,
  BuildSourceInfo,
  ComponentInfo,
  ConfigurationsParams,
  ConfigurationsResult,
  DeclaredPlugin,
  PackerConfiguration,
  PluginsInfo,
  SourceInfo,
  VariableInfo,
} from '../../../server/src/service/features/configurations/types';

export const CONFIGURATIONS_REQUEST = 'packer/configurations';
/** Server to client: the answer changed without an edit (the plugin folder changed): ask again. */
export const CONFIGURATIONS_CHANGED_NOTIFICATION = 'packer/configurationsChanged';
