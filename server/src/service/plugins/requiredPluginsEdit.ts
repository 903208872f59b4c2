/**
 * The edit that declares a plugin in `required_plugins`: into this file's `required_plugins` block,
 * else into its `packer` block, else a new `packer` block before the file's first block. The fix layout
 * step then aligns it as `packer fmt` would. Native HCL2 only: `*.pkr.json` gets no edit.
 */
import type { HclFile } from '../model/hcl/hclFile';
import type { TextReplacement } from '../types';
import type { PackerRequirements } from './requirements';

export interface PluginEntry {
  name: string;
  source: string;
  /** Omitted when no release is known to take the major from. */
  version: string | undefined;
}

/** `~> MAJOR`, as `packer hcl2_upgrade` writes (`~> 1`); go-version reads it as "MAJOR.0.0 or later". */
export function majorConstraint(major: number): string {
  return `~> ${major}`;
}

export function entryText(entry: PluginEntry, indent: string): string {
  const inner = `${indent}  `;
  const lines = [`${entry.name} = {`, `${inner}source  = ${JSON.stringify(entry.source)}`];
  if (entry.version !== undefined) lines.push(`${inner}version = ${JSON.stringify(entry.version)}`);
  lines.push(`${indent}}`);
  return lines.join('\n');
}

export function declarePluginEdit(
  file: HclFile,
  requirements: PackerRequirements,
  entry: PluginEntry,
): TextReplacement | undefined {
  if (file.json !== undefined) return undefined;
  const requiredPlugins = requirements.plugins.find((r) => r.file === file)?.block;
  const existing =
    requiredPlugins ??
    requirements.packerBlocks
      .filter((p) => p.file === file)
      .flatMap((p) => p.block.body.items)
      .find((i) => i.kind === 'block' && i.type === 'required_plugins');
  if (existing !== undefined && existing.kind === 'block') {
    if (existing.closeBraceRange === undefined) return undefined;
    return insertBeforeBrace(file.text, existing.closeBraceRange.start, `    ${entryText(entry, '    ')}\n`);
  }
  const packer = requirements.packerBlocks.find((p) => p.file === file)?.block;
  if (packer !== undefined) {
    if (packer.closeBraceRange === undefined) return undefined;
    return insertBeforeBrace(
      file.text,
      packer.closeBraceRange.start,
      `  required_plugins {\n    ${entryText(entry, '    ')}\n  }\n`,
    );
  }
  // Before the first block, after the comments that open the file (a licence header, a description).
  const first = file.body.items[0]?.range.start ?? file.text.length;
  return {
    range: { start: first, end: first },
    newText: `packer {\n  required_plugins {\n    ${entryText(entry, '    ')}\n  }\n}\n\n`,
  };
}

/** Lines inserted before a closing brace: at the start of its line when it stands alone there. */
function insertBeforeBrace(text: string, brace: number, lines: string): TextReplacement {
  let at = brace;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (at === 0 || text[at - 1] === '\n') return { range: { start: at, end: at }, newText: lines };
  return { range: { start: brace, end: brace }, newText: `\n${lines}` };
}
