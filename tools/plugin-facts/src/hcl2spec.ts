/**
 * The generated `*.hcl2spec.go` files: the map that `func (*FlatX) HCL2Spec()` returns, one entry per
 * setting, with its cty type or the Flat type of its nested block.
 */
import type { GoFile } from './goSource';

export type SpecEntry =
  | { readonly kind: 'attribute'; readonly name: string; readonly cty: string }
  /** `BlockAttrsSpec`: a block whose body is a map of attributes (`tags { a = "b" }`) */
  | { readonly kind: 'attributes-block'; readonly name: string; readonly cty: string }
  | {
      readonly kind: 'block';
      readonly name: string;
      readonly list: boolean;
      /** the nested Flat type as written, with its package alias when it has one: `proxmox.FlatdiskConfig` */
      readonly flatType: string;
    };

/** The entries of `(*<flatType>).HCL2Spec()` in the file, or undefined when the file does not declare it. */
export function hcl2SpecEntries(file: GoFile, flatType: string): SpecEntry[] | undefined {
  const start = new RegExp(`^func \\(\\*${flatType}\\) HCL2Spec\\(\\) map\\[string\\]hcldec\\.Spec \\{`, 'm').exec(
    file.text,
  );
  if (!start) return undefined;
  const end = file.text.indexOf('\n}', start.index);
  const body = file.text.slice(start.index, end < 0 ? undefined : end);
  const entries: SpecEntry[] = [];
  for (const line of body.split('\n')) {
    const entry = parseSpecLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** One `"name": &hcldec.XSpec{...},` line, or undefined for any other line. */
export function parseSpecLine(line: string): SpecEntry | undefined {
  const head = /^\s*"([^"]+)":\s*&hcldec\.(\w+)\{(.*)\},?\s*$/.exec(line);
  if (!head) return undefined;
  const name = head[1]!;
  const spec = head[2]!;
  const args = head[3]!;
  if (spec === 'AttrSpec') {
    const type = /Type:\s*(.+?),\s*Required:/.exec(args)?.[1] ?? /Type:\s*(.+)$/.exec(args)?.[1];
    return type === undefined ? undefined : { kind: 'attribute', name, cty: type.trim() };
  }
  if (spec === 'BlockAttrsSpec') {
    const type = /ElementType:\s*(.+?),\s*Required:/.exec(args)?.[1] ?? /ElementType:\s*(.+)$/.exec(args)?.[1];
    return { kind: 'attributes-block', name, cty: `cty.Map(${(type ?? 'cty.String').trim()})` };
  }
  if (spec === 'BlockSpec' || spec === 'BlockListSpec' || spec === 'BlockSetSpec') {
    const nested = /\(\*([\w.]+)\)\(nil\)\.HCL2Spec\(\)/.exec(args)?.[1];
    return nested === undefined ? undefined : { kind: 'block', name, list: spec !== 'BlockSpec', flatType: nested };
  }
  return undefined;
}
