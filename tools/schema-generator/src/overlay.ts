/**
 * Hand-written knowledge laid over the plugin facts: what ../shared/packer/components.json knows of
 * the components it covers (constraints, builder id, removed keys, and per setting `documented:
 * false`, `deprecated`, `internal`, a default the facts lack, the `from` that names its description
 * file), and the constraints written per component in schemas/constraints/<kind>.<type>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentFacts, ConstraintSpec, KeyFact } from './facts';
import { isObject } from './json';

/** Lays the components.json entry `known` over the plugin facts' `facts` of the same component. */
export function overlayKnown(
  facts: ComponentFacts,
  known: ComponentFacts,
  id: string,
  warn: (m: string) => void,
): ComponentFacts {
  const out: ComponentFacts = { ...facts, keys: overlayKeys(facts.keys, known.keys, id, warn) };
  if (known.constraints) out.constraints = known.constraints;
  if (known.builder_id !== undefined) out.builder_id = known.builder_id;
  if (known.deprecated_removed_keys) out.deprecated_removed_keys = known.deprecated_removed_keys;
  if (!facts.outputs && known.outputs) out.outputs = known.outputs;
  return out;
}

function overlayKeys(
  facts: Record<string, KeyFact>,
  known: Record<string, KeyFact>,
  at: string,
  warn: (m: string) => void,
): Record<string, KeyFact> {
  const out: Record<string, KeyFact> = {};
  for (const [name, fact] of Object.entries(facts)) {
    const k = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : undefined;
    out[name] = k ? overlayKey(fact, k, `${at}.${name}`, warn) : fact;
  }
  // A setting components.json knows and no release's facts have would turn into an unknown-setting
  // error: keep it (a false error is worse than a miss) and say so, as the facts should have it.
  for (const [name, k] of Object.entries(known))
    if (!(name in out)) {
      warn(`${at}.${name}: in components.json but in no release of the plugin facts; kept`);
      out[name] = k;
    }
  return out;
}

function overlayKey(fact: KeyFact, known: KeyFact, at: string, warn: (m: string) => void): KeyFact {
  const out: KeyFact = { ...fact };
  // whether a setting is documented, components.json has checked against the docs pages themselves
  if (known.documented === false) out.documented = false;
  else delete out.documented;
  if (known.deprecated) out.deprecated = true;
  if (known.internal) out.internal = true;
  if (out.default === undefined && known.default !== undefined) out.default = known.default;
  if (known.default_in_code !== undefined) out.default_in_code = known.default_in_code;
  // descriptions are filed by the struct components.json names
  if (known.from !== undefined) out.from = known.from;
  else delete out.from;
  if (fact.keys && known.keys) out.keys = overlayKeys(fact.keys, known.keys, at, warn);
  return out;
}

/** schemas/constraints/<kind>.<type>.json, by "<kind>/<type>". */
export function readConstraintOverlays(dir: string): Map<string, ConstraintSpec> {
  const out = new Map<string, ConstraintSpec>();
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir).sort()) {
    const m = /^(builder|provisioner|post-processor|data-source)\.(.+)\.json$/.exec(entry);
    if (!m) continue;
    const spec: unknown = JSON.parse(fs.readFileSync(path.join(dir, entry), 'utf8'));
    if (!isObject(spec)) throw new Error(`${entry}: expected a constraints object`);
    out.set(`${m[1]}/${m[2]}`, spec);
  }
  return out;
}
