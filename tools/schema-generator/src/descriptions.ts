/**
 * The setting descriptions of schemas/descriptions/*.json (naming rule and format in its README).
 *
 * A description is filed under the Go struct its key comes from, so that a struct embedded by many
 * components (communicator.SSH) is described once. The generator asks for every user-facing key;
 * whatever no component asked for is a typo, a removed key or a misnamed file, and fails the run
 * rather than silently vanish.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isObject } from './json';

/** A key path of a description file: keys of nested blocks joined by dots. */
const KEY_PATH_RE = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

/**
 * The description file (without `.json`) of a key's `from` struct:
 * github.com/hashicorp/packer-plugin-sdk/communicator.SSH -> packer-plugin-sdk.communicator.SSH
 */
export function structFileName(from: string): string {
  const m = /^github\.com\/[^/]+\/(.+)$/.exec(from);
  if (!m?.[1]) throw new Error(`cannot name a description file for struct "${from}"`);
  return m[1].replace(/\//g, '.');
}

/** The description file of a component's own keys: builder.amazon-ebs. */
export const componentFileName = (kind: string, type: string): string => `${kind}.${type}`;

/** The description file of the legacy JSON template meta keys of a kind: meta.builder. */
export const metaFileName = (kind: string): string => `meta.${kind}`;

function readEntries(name: string, content: unknown): Map<string, string> {
  if (!isObject(content)) throw new Error(`${name}: expected an object of "key": "description"`);
  const keys = Object.keys(content);
  const entries = new Map<string, string>();
  keys.forEach((key, i) => {
    const text = content[key];
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

/** Edit distance, for "did you mean" on a misspelt key. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

export class Descriptions {
  /** file name (no .json) -> key path -> text */
  private readonly files = new Map<string, Map<string, string>>();
  /** every key path asked for, by file: what exists */
  private readonly asked = new Map<string, Set<string>>();

  /** @param dir schemas/descriptions; a missing folder means no descriptions */
  constructor(dir: string) {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir).sort()) {
      if (!entry.endsWith('.json')) continue;
      let content: unknown;
      try {
        content = JSON.parse(fs.readFileSync(path.join(dir, entry), 'utf8'));
      } catch (e) {
        throw new Error(`${entry}: ${(e as Error).message}`);
      }
      this.files.set(entry.slice(0, -'.json'.length), readEntries(entry, content));
    }
  }

  /**
   * The description of one user-facing key; recording the ask is what lets `checkAllUsed` tell a typo
   * from a key that exists.
   */
  lookup(file: string, keyPath: string): string | undefined {
    let asked = this.asked.get(file);
    if (!asked) this.asked.set(file, (asked = new Set()));
    asked.add(keyPath);
    return this.files.get(file)?.get(keyPath);
  }

  /** descriptions in all files */
  get size(): number {
    let n = 0;
    for (const entries of this.files.values()) n += entries.size;
    return n;
  }

  /** Throws one error listing every file and key that no component asked for. */
  checkAllUsed(): void {
    const problems: string[] = [];
    for (const [file, entries] of this.files) {
      const asked = this.asked.get(file);
      if (!asked) {
        problems.push(`${file}.json matches no struct or component (naming rule: schemas/descriptions/README.md)`);
        continue;
      }
      for (const key of entries.keys()) {
        if (asked.has(key)) continue;
        const near = [...asked].map((k) => [k, distance(k, key)] as const).sort((a, b) => a[1] - b[1])[0];
        const hint = near && near[1] <= Math.max(2, key.length / 4) ? ` (did you mean "${near[0]}"?)` : '';
        problems.push(`${file}.json: "${key}" is no user setting there${hint}`);
      }
    }
    if (problems.length)
      throw new Error(`descriptions of unknown keys in schemas/descriptions:\n  ${problems.join('\n  ')}`);
  }
}
