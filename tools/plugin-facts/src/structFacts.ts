/**
 * What the hcl2spec does not say about a setting, read from the Go struct its Flat type was generated
 * from: a `time.Duration` field, the `required:"true"` tag, the default its doc comment states, and the
 * struct that declares it when it comes from a `mapstructure:",squash"` embed. Best effort: a struct it
 * cannot find only leaves these facts out.
 */
import { type GoPackage, type Workspace, findStruct } from './packages';
import { tagValue } from './goSource';

export interface FieldFacts {
  readonly goType: string;
  readonly required: boolean;
  readonly default: string | undefined;
  /** `module/package.Type` of the embedded struct that declares the field; undefined for the struct's own */
  readonly from: string | undefined;
  /** the doc comment says the field is deprecated */
  readonly deprecated: boolean;
  /** the field carries `undocumented:"true"` (internal, or kept for compatibility) */
  readonly undocumented: boolean;
}

export interface StructFacts {
  /** the facts of a setting by its name in the hcl2spec */
  get(setting: string): FieldFacts | undefined;
}

export function structFacts(ws: Workspace, pkg: GoPackage, name: string): StructFacts {
  const facts = new Map<string, FieldFacts>();
  collect(ws, pkg, name, undefined, facts, new Set());
  // An untagged multi-word field (`MostFree`) is known by its lowercased name (`mostfree`).
  return { get: (setting) => facts.get(setting) ?? facts.get(setting.replace(/_/g, '')) };
}

function collect(
  ws: Workspace,
  pkg: GoPackage,
  name: string,
  from: string | undefined,
  facts: Map<string, FieldFacts>,
  seen: Set<string>,
): void {
  const key = `${pkg.repo.gitDir}@${pkg.rev}:${pkg.dir}.${name}`;
  if (seen.has(key)) return;
  seen.add(key);
  const found = findStruct(pkg, name);
  if (!found) return;
  for (const field of found.fields) {
    const tagged = tagValue(field.tag, 'mapstructure');
    // Without a tag, mapstructure matches the field's name regardless of case (`Force` is `force`).
    const [settingName = '', ...options] = (tagged ?? field.name?.toLowerCase() ?? '').split(',');
    if (options.includes('squash') || (field.name === undefined && settingName === '')) {
      const target = ws.resolveTypeRef(pkg, found.file, field.type);
      if (target) collect(ws, target.pkg, target.name, `${target.pkg.importPath}.${target.name}`, facts, seen);
      continue;
    }
    if (!settingName || settingName === '-' || facts.has(settingName)) continue;
    facts.set(settingName, {
      goType: field.type,
      required: tagValue(field.tag, 'required') === 'true',
      default: statedDefault(field.doc),
      from,
      deprecated: saysDeprecated(field.doc),
      undocumented: tagValue(field.tag, 'undocumented') === 'true',
    });
  }
}

/** The default a doc comment states ("Defaults to `x`", "Default: `x`", "The default is `x`"), raw. */
export function statedDefault(doc: string): string | undefined {
  const text = doc.replace(/\s+/g, ' ');
  const match = /\bdefaults?(?: value)?(?: to| is|:)?:? `([^`]*)`/i.exec(text);
  return match?.[1];
}

/**
 * Whether a doc comment says its field is deprecated ("DEPRECATED. Use ...", "Deprecated: ...",
 * "This option is deprecated", "Deprecated in favor of ..."), and not merely mentions the word
 * ("Include deprecated AMIs").
 */
export function saysDeprecated(doc: string): boolean {
  const text = doc.replace(/\s+/g, ' ').trim();
  return (
    /^deprecated\b/i.test(text) ||
    /\b(?:this|the) (?:option|field|setting|argument|parameter) (?:is|has been) deprecated\b/i.test(text) ||
    /\bdeprecated in favou?r of\b/i.test(text)
  );
}

export function isDuration(goType: string): boolean {
  return /^\*?time\.Duration$/.test(goType);
}
