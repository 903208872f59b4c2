// @ts-check
/**
 * The setting descriptions of schemas/descriptions/*.json (naming rule and format in
 * its README), read for scripts/generate-schemas.mjs.
 *
 * A description is filed under the Go struct its key comes from, so that a struct
 * embedded by many components (communicator.SSH) is described once. The generator
 * asks for every user-facing key; whatever no component asked for is a typo, a
 * removed key or a misnamed file, and fails the run rather than silently vanish.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A key path of a description file: keys of nested blocks joined by dots. */
const KEY_PATH_RE = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

/**
 * The description file (without `.json`) of a key's `from` struct:
 * github.com/hashicorp/packer-plugin-sdk/communicator.SSH -> packer-plugin-sdk.communicator.SSH
 * @param {string} from
 */
export function structFileName(from) {
  const m = /^github\.com\/[^/]+\/(.+)$/.exec(from);
  if (!m?.[1]) throw new Error(`cannot name a description file for struct "${from}"`);
  return m[1].replace(/\//g, '.');
}

/** The description file of a component's own keys: builder.amazon-ebs. @param {string} kind @param {string} type */
export const componentFileName = (kind, type) => `${kind}.${type}`;

/** The description file of the legacy JSON template meta keys of a kind: meta.builder. @param {string} kind */
export const metaFileName = (kind) => `meta.${kind}`;

/**
 * @param {string} name file name, for messages @param {unknown} content parsed JSON
 * @returns {Map<string, string>}
 */
function readEntries(name, content) {
  if (typeof content !== 'object' || content === null || Array.isArray(content))
    throw new Error(`${name}: expected an object of "key": "description"`);
  const keys = Object.keys(content);
  /** @type {Map<string, string>} */
  const entries = new Map();
  keys.forEach((key, i) => {
    const text = /** @type {Record<string, unknown>} */ (content)[key];
    if (!KEY_PATH_RE.test(key)) throw new Error(`${name}: "${key}" is not a key path (block_key.child_key)`);
    if (typeof text !== 'string' || !text.trim() || text !== text.trim())
      throw new Error(`${name}: "${key}" needs a non-empty, trimmed string`);
    const previous = keys[i - 1];
    if (previous !== undefined && previous >= key)
      throw new Error(`${name}: keys must be sorted, "${key}" comes after "${previous}"`);
    entries.set(key, text);
  });
  return entries;
}

/** Edit distance, for "did you mean" on a misspelt key. @param {string} a @param {string} b */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        /** @type {number} */ (row[j]) + 1,
        /** @type {number} */ (next[j - 1]) + 1,
        /** @type {number} */ (row[j - 1]) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return /** @type {number} */ (row[b.length]);
}

export class Descriptions {
  /** @param {string} dir schemas/descriptions; a missing folder means no descriptions */
  constructor(dir) {
    /** @type {Map<string, Map<string, string>>} file name (no .json) -> key path -> text */
    this.files = new Map();
    /** @type {Map<string, Set<string>>} every key path asked for, by file: what exists */
    this.asked = new Map();
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir).sort()) {
      if (!entry.endsWith('.json')) continue;
      const text = fs.readFileSync(path.join(dir, entry), 'utf8');
      let content;
      try {
        content = JSON.parse(text);
      } catch (e) {
        throw new Error(`${entry}: ${/** @type {Error} */ (e).message}`);
      }
      this.files.set(entry.slice(0, -'.json'.length), readEntries(entry, content));
    }
  }

  /**
   * The description of one user-facing key; recording the ask is what lets
   * `checkAllUsed` tell a typo from a key that exists.
   * @param {string} file @param {string} keyPath
   * @returns {string | undefined}
   */
  lookup(file, keyPath) {
    let asked = this.asked.get(file);
    if (!asked) this.asked.set(file, (asked = new Set()));
    asked.add(keyPath);
    return this.files.get(file)?.get(keyPath);
  }

  /** @returns {number} descriptions in all files */
  get size() {
    let n = 0;
    for (const entries of this.files.values()) n += entries.size;
    return n;
  }

  /** Throws one error listing every file and key that no component asked for. */
  checkAllUsed() {
    const problems = [];
    for (const [file, entries] of this.files) {
      const asked = this.asked.get(file);
      if (!asked) {
        problems.push(`${file}.json matches no struct or component (naming rule: schemas/descriptions/README.md)`);
        continue;
      }
      for (const key of entries.keys()) {
        if (asked.has(key)) continue;
        const near = [...asked].map((k) => /** @type {const} */ ([k, distance(k, key)])).sort((a, b) => a[1] - b[1])[0];
        const hint = near && near[1] <= Math.max(2, key.length / 4) ? ` (did you mean "${near[0]}"?)` : '';
        problems.push(`${file}.json: "${key}" is no user setting there${hint}`);
      }
    }
    if (problems.length)
      throw new Error(`descriptions of unknown keys in schemas/descriptions:\n  ${problems.join('\n  ')}`);
  }
}
