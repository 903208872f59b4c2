/**
 * Keys of the objects Packer gives a meaning to, where most object keys are the user's own: the
 * entries of `required_plugins` (`amazon = { version = "", source = "" }`) and a provisioner's
 * `override = { SOURCE_NAME = { setting = ... } }`.
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { pluginAt } from '../../plugins/componentPlugins';
import { catalogPlugin } from '../../plugins/pluginCatalog';
import { packerRequirements } from '../../plugins/requirements';
import { CompletionItemKind, type Candidate } from './candidate';
import type { HclCursorPosition } from './hclCursor';
import type { HclScope } from './hclScope';
import { settingCandidates } from './settingItems';
import { pluginRequirementKeys } from './structureItems';

type ExpressionPosition = Extract<HclCursorPosition, { kind: 'expression' }>;

/** Candidates for the key being written at `position`, or undefined where keys are the user's own. */
export function objectKeyCandidates(
  position: ExpressionPosition,
  scope: HclScope,
  configuration: HclConfiguration | undefined,
): Candidate[] | undefined {
  const { attribute, objectPath, objectKeys } = position;
  if (attribute === undefined) return undefined;
  if (scope.kind === 'structure' && scope.name === 'required_plugins' && objectPath.length === 0) {
    return pluginRequirementKeys(attribute, objectKeys, 'hcl');
  }
  const overrides =
    scope.kind === 'component' &&
    scope.role === 'provisioner' &&
    scope.target?.path.length === 0 &&
    attribute === 'override';
  if (!overrides) return undefined;
  if (objectPath.length === 0) return overrideNames(configuration, objectKeys);
  if (objectPath.length !== 1 || scope.target === undefined) return undefined;
  return settingCandidates(scope.target, { syntax: 'hcl', present: objectKeys, omit: OVERRIDE_OMIT }).map((c) =>
    // Inside an object a nested block is written as an object value.
    c.kind === CompletionItemKind.Module ? { ...c, insertText: `${c.label} = {\n  $0\n}` } : c,
  );
}

/** Settings that make no sense per source: which builds it runs for, and the override itself. */
const OVERRIDE_OMIT = new Set(['type', 'name', 'only', 'except', 'override']);

/** The plugin's usual source inside `source = "|"` of its requirement. */
export function pluginSourceValue(position: ExpressionPosition, scope: HclScope): Candidate[] {
  if (scope.kind !== 'structure' || scope.name !== 'required_plugins') return [];
  if (position.objectPath.length !== 1 || position.objectPath[0] !== 'source' || position.attribute === undefined) {
    return [];
  }
  const plugin = catalogPlugin(position.attribute);
  if (plugin === undefined) return [];
  return [{ label: plugin.source, kind: CompletionItemKind.Value, detail: plugin.summary, insertText: plugin.source }];
}

/**
 * Inside `version = "|"` of a requirement: `~> MAJOR` for each major the plugin has released, and
 * `>= X.Y.Z` for its recent releases, newest first.
 */
export function pluginVersionValue(
  position: ExpressionPosition,
  scope: HclScope,
  configuration: HclConfiguration | undefined,
): Candidate[] {
  if (scope.kind !== 'structure' || scope.name !== 'required_plugins') return [];
  if (position.objectPath.length !== 1 || position.objectPath[0] !== 'version' || position.attribute === undefined) {
    return [];
  }
  // The entry's own source names the plugin (`aws = { source = ".../amazon" }`), else its name does.
  const name = position.attribute;
  const written = configuration && packerRequirements(configuration).plugins.find((r) => r.name === name)?.source;
  const facts = (written && pluginAt(written.value)) ?? catalogPlugin(name)?.facts;
  const releases = [...(facts?.releases ?? [])].reverse();
  const majors = [...new Set(releases.map((r) => r.split('.')[0] ?? ''))].filter((m) => m !== '');
  const values = [
    ...majors.map((major) => [`~> ${major}`, `any ${major}.x release from ${major}.0.0 on`]),
    ...releases
      .slice(0, 10)
      .map((release, index) => [`>= ${release}`, index === 0 ? 'the newest release' : 'a release']),
  ];
  return values.map(([value = '', detail = ''], index) => ({
    label: value,
    kind: CompletionItemKind.Value,
    detail,
    insertText: value,
    sortText: String(index).padStart(3, '0'),
  }));
}

/** Packer looks a provisioner's override up by the name of the source being built. */
function overrideNames(configuration: HclConfiguration | undefined, present: ReadonlySet<string>): Candidate[] {
  const names = new Map<string, string>();
  for (const source of configuration?.sources ?? []) {
    if (!names.has(source.name)) names.set(source.name, `source.${source.type}.${source.name}`);
  }
  return [...names]
    .filter(([name]) => !present.has(name))
    .map(([name, reference]) => ({
      label: name,
      kind: CompletionItemKind.Reference,
      detail: reference,
      insertText: `${/^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name)} = {\n  $0\n}`,
      snippet: true,
      sortText: `0_${name}`,
    }));
}
