/** go.mod: the module path and the versions of the modules it requires (replacements applied). */

export interface GoMod {
  readonly modulePath: string;
  /** module path → version, e.g. `github.com/hashicorp/packer-plugin-sdk` → `v0.5.2` */
  readonly requires: ReadonlyMap<string, string>;
}

export function parseGoMod(text: string): GoMod {
  const modulePath = /^module\s+(\S+)/m.exec(text)?.[1]?.replace(/"/g, '') ?? '';
  const requires = new Map<string, string>();
  const lines: string[] = [];
  for (const block of text.matchAll(/^(require|replace)\s*\(([\s\S]*?)^\)/gm)) {
    for (const line of block[2]!.split('\n')) lines.push(`${block[1]} ${line}`);
  }
  for (const single of text.matchAll(/^(require|replace)\s+([^(\n].*)$/gm)) lines.push(`${single[1]} ${single[2]}`);
  const replaces: [string, string][] = [];
  for (const line of lines) {
    const code = line.replace(/\/\/.*$/, '').trim();
    const require = /^require\s+(\S+)\s+(v\S+)/.exec(code);
    if (require) requires.set(require[1]!, require[2]!);
    // Only a replacement by another version of the same module keeps its sources in the same repository.
    const replace = /^replace\s+(\S+)(?:\s+v\S+)?\s+=>\s+(\S+)\s+(v\S+)/.exec(code);
    if (replace && replace[1] === replace[2]) replaces.push([replace[1]!, replace[3]!]);
  }
  for (const [path, version] of replaces) requires.set(path, version);
  return { modulePath, requires };
}

/** A module path without its major-version suffix: `example.com/m/v2` → `example.com/m`. */
export function moduleBase(path: string): string {
  return path.replace(/\/v\d+$/, '');
}

/** The git revision a module version names: a tag, or the commit of a pseudo-version. */
export function versionRevision(version: string): string {
  const pseudo = /-(?:\d+\.)?\d{14}-([0-9a-f]{12})$/.exec(version);
  if (pseudo) return pseudo[1]!;
  return version.replace(/\+incompatible$/, '');
}
