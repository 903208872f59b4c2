/**
 * Packer's own blocks and arguments (packer/hclBlocks) as completion items, in native HCL2 and in
 * its JSON syntax, and the plugin local names of `required_plugins`.
 */
import { hclBodyEntries, DYNAMIC_BLOCK, type HclBody, type HclStructureEntry } from '../../packer/hclBlocks';
import { catalogPlugin, pluginCatalog } from '../../plugins/pluginCatalog';
import type { Syntax } from './settingShapes';
import { docsLink, paragraphs } from '../markdown';
import { CompletionItemKind, snippetText, type Candidate } from './candidate';

/** The entries of `body` not written yet (repeatable blocks always), in the table's order. */
export function structureCandidates(body: HclBody, present: ReadonlySet<string>, syntax: Syntax): Candidate[] {
  return hclBodyEntries(body)
    .filter((e) => !e.hidden && (e.repeatable || !present.has(e.name)))
    .map((e, index) => structureCandidate(e, syntax, `${String(index).padStart(2, '0')}_${e.name}`));
}

function structureCandidate(entry: HclStructureEntry, syntax: Syntax, sortText: string): Candidate {
  const block = entry.kind === 'block';
  return {
    label: entry.name,
    kind: block ? CompletionItemKind.Module : CompletionItemKind.Property,
    detail: entry.syntax,
    documentation: paragraphs(entry.summary, docsLink(entry.docs)),
    insertText: syntax === 'hcl' ? entry.snippet : `"${entry.name}": ${block ? '{\n  $0\n}' : '$1'}`,
    snippet: true,
    sortText,
  };
}

/** `dynamic "x" { }`, offered among a component's settings when it has nested blocks to write. */
export function dynamicBlockCandidate(): Candidate {
  return structureCandidate(DYNAMIC_BLOCK, 'hcl', '3_dynamic');
}

/** In `required_plugins`: the known plugins by local name, each with its source, not yet required. */
export function pluginCandidates(present: ReadonlySet<string>, syntax: Syntax): Candidate[] {
  return pluginCatalog()
    .filter((p) => !present.has(p.name))
    .map((p) => ({
      label: p.name,
      kind: CompletionItemKind.Module,
      detail: p.source,
      documentation: p.summary,
      insertText:
        syntax === 'hcl'
          ? `${p.name} = {\n  version = "\${1:${snippetText(p.constraint)}}"\n  source  = "${snippetText(p.source)}"\n}`
          : `"${p.name}": {\n  "version": "\${1:${snippetText(p.constraint)}}",\n  "source": "${snippetText(p.source)}"\n}`,
      snippet: true,
      sortText: p.name,
    }));
}

/** The two keys of a plugin requirement object. */
export function pluginRequirementKeys(plugin: string, present: ReadonlySet<string>, syntax: Syntax): Candidate[] {
  const known = catalogPlugin(plugin);
  const source = known?.source;
  const keys: Array<[string, string, string]> = [
    ['version', known?.constraint ?? '>= 1.0.0', 'A version constraint: which releases of the plugin may be installed'],
    ['source', source ?? 'github.com/', 'Where `packer init` downloads the plugin from'],
  ];
  return keys
    .filter(([key]) => !present.has(key))
    .map(([key, value, detail], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail,
      insertText:
        syntax === 'hcl' ? `${key} = "\${1:${snippetText(value)}}"` : `"${key}": "\${1:${snippetText(value)}}"`,
      snippet: true,
      sortText: String(index),
    }));
}
