/**
 * Every rule, sorted by id. A rule is one file named by its id; adding one means adding it here.
 */
import { conflictingSettings } from './conflicting-settings';
import { deprecatedSetting } from './deprecated-setting';
import { duplicateSetting } from './duplicate-setting';
import { invalidSettingValue } from './invalid-setting-value';
import { jsonSyntax } from './json-syntax';
import { legacyJsonTemplate } from './legacy-json-template';
import { lookalikeCharacter } from './lookalike-character';
import { missingRequiredSetting } from './missing-required-setting';
import { packageManagerMismatch } from './package-manager-mismatch';
import type { Rule } from './rule';
import { smartQuotes } from './smart-quotes';
import { trailingComma } from './trailing-comma';
import { undefinedVariable } from './undefined-variable';
import { unknownBuildName } from './unknown-build-name';
import { unknownComponentType } from './unknown-component-type';
import { unknownSetting } from './unknown-setting';

export const rules: readonly Rule[] = [
  conflictingSettings,
  deprecatedSetting,
  duplicateSetting,
  invalidSettingValue,
  jsonSyntax,
  legacyJsonTemplate,
  lookalikeCharacter,
  missingRequiredSetting,
  packageManagerMismatch,
  smartQuotes,
  trailingComma,
  undefinedVariable,
  unknownBuildName,
  unknownComponentType,
  unknownSetting,
];
