/**
 * Every rule, sorted by id. A rule is one file named by its id; adding one means adding it here.
 */
import { conflictingSettings } from './conflicting-settings';
import { deprecatedSetting } from './deprecated-setting';
import { duplicateRequiredPlugin } from './duplicate-required-plugin';
import { duplicateSetting } from './duplicate-setting';
import { duplicateSource } from './duplicate-source';
import { hclSyntax } from './hcl-syntax';
import { invalidSettingValue } from './invalid-setting-value';
import { jsonSyntax } from './json-syntax';
import { legacyJsonTemplate } from './legacy-json-template';
import { lookalikeCharacter } from './lookalike-character';
import { missingPlugin } from './missing-plugin';
import { missingRequiredSetting } from './missing-required-setting';
import { newerPackerFeature } from './newer-packer-feature';
import { packageManagerMismatch } from './package-manager-mismatch';
import { pluginNotInstalled } from './plugin-not-installed';
import { removedComponentRule } from './removed-component';
import type { Rule } from './rule';
import { settingNeedsNewerPlugin } from './setting-needs-newer-plugin';
import { smartQuotes } from './smart-quotes';
import { trailingComma } from './trailing-comma';
import { undeclaredPlugin } from './undeclared-plugin';
import { undeclaredVariableInVarfile } from './undeclared-variable-in-varfile';
import { undefinedReference } from './undefined-reference';
import { undefinedVariable } from './undefined-variable';
import { unknownBlockType } from './unknown-block-type';
import { unknownBuildName } from './unknown-build-name';
import { unknownComponentType } from './unknown-component-type';
import { unknownFunction } from './unknown-function';
import { unknownSetting } from './unknown-setting';
import { varFileNamedAsConfig } from './var-file-named-as-config';
import { variableDeclaredInVarfile } from './variable-declared-in-varfile';
import { variableNotSet } from './variable-not-set';
import { wrongPluginSource } from './wrong-plugin-source';

export const rules: readonly Rule[] = [
  conflictingSettings,
  deprecatedSetting,
  duplicateRequiredPlugin,
  duplicateSetting,
  duplicateSource,
  hclSyntax,
  invalidSettingValue,
  jsonSyntax,
  legacyJsonTemplate,
  lookalikeCharacter,
  missingPlugin,
  missingRequiredSetting,
  newerPackerFeature,
  packageManagerMismatch,
  pluginNotInstalled,
  removedComponentRule,
  settingNeedsNewerPlugin,
  smartQuotes,
  trailingComma,
  undeclaredPlugin,
  undeclaredVariableInVarfile,
  undefinedReference,
  undefinedVariable,
  unknownBlockType,
  unknownBuildName,
  unknownComponentType,
  unknownFunction,
  unknownSetting,
  varFileNamedAsConfig,
  variableDeclaredInVarfile,
  variableNotSet,
  wrongPluginSource,
];
