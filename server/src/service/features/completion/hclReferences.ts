/**
 * Names after `var.`, `local.`, `data.`, `source.`, `build.`, `path.` and `packer.`, from the
 * whole configuration folder (a variable declared in another file counts) and from Packer's facts
 * (data source outputs, contextual variables).
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { allBuildVariables } from '../../packer/functions';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { CompletionItemKind, type Candidate } from './candidate';
import type { HclScope } from './hclScope';

const FIXED: Readonly<Record<string, ReadonlyArray<[string, string]>>> = {
  path: [
    ['cwd', 'The directory Packer was started in'],
    ['root', 'The directory of the configuration'],
  ],
  packer: [['version', 'The version of Packer running the build']],
};

/** Candidates for the next step of the traversal `parts` (`["data", "amazon-ami"]`). */
export function referenceCandidates(
  parts: readonly string[],
  configuration: HclConfiguration | undefined,
  scope: HclScope,
): Candidate[] {
  const [root, second, third] = parts;
  const role = scope.kind === 'component' ? scope.role : undefined;
  switch (root) {
    case 'var':
      if (parts.length !== 1) return [];
      return unique(configuration?.variables ?? []).map((v) =>
        item(v.name, CompletionItemKind.Variable, `variable, in ${v.file.name}`),
      );
    case 'local':
      if (parts.length !== 1) return [];
      return unique(configuration?.locals ?? []).map((l) =>
        item(l.name, CompletionItemKind.Variable, `local, in ${l.file.name}`),
      );
    case 'data': {
      const sources = configuration?.dataSources ?? [];
      if (second === undefined) {
        return [...new Set(sources.map((d) => d.type))].map((t) =>
          item(t, CompletionItemKind.Module, 'data source type'),
        );
      }
      if (third === undefined) {
        return unique(sources.filter((d) => d.type === second)).map((d) =>
          item(d.name, CompletionItemKind.Reference, `data "${d.type}", in ${d.file.name}`),
        );
      }
      if (parts.length !== 3) return [];
      const outputs = hcl2Facts.dataSourceOutputs[second] ?? [];
      return outputs.map((o) => item(o, CompletionItemKind.Field, `output of ${second}`));
    }
    case 'source':
      // `source.name` and `source.type` exist inside a build's source, provisioner and post-processor blocks.
      if (parts.length !== 1 || (role !== 'build-source' && role !== 'provisioner' && role !== 'post-processor')) {
        return [];
      }
      return [
        item('name', CompletionItemKind.Field, 'The name of the source being built'),
        item('type', CompletionItemKind.Field, 'The builder type of the source being built'),
      ];
    case 'build':
      if (parts.length !== 1 || (role !== 'provisioner' && role !== 'post-processor')) return [];
      return allBuildVariables('hcl').map((v) => item(v.name, CompletionItemKind.Field, v.summary));
    default: {
      const fixed = root === undefined || parts.length !== 1 ? undefined : FIXED[root];
      return (fixed ?? []).map(([name, detail]) => item(name, CompletionItemKind.Field, detail));
    }
  }
}

/**
 * The reference being typed at the end of `before` (the text of the line up to the cursor):
 * the steps before the last dot (`var.re|` gives `["var"]`; none without a dot), and the range a
 * candidate replaces, through `wordEnd` so that accepting `region` in `var.reg|ion` leaves no `ion`.
 */
export function typedReference(
  before: string,
  offset: number,
  wordEnd = offset,
): { parts: string[] | undefined; range: { start: number; end: number } } {
  // Read backwards rather than with a `$`-anchored pattern, which tries every start of a long run of
  // word characters (a pasted 100 KB token) and takes seconds.
  const partialStart = identifierStart(before, before.length);
  let dottedStart = partialStart;
  while (dottedStart > 0 && before[dottedStart - 1] === '.') {
    const stepStart = identifierStart(before, dottedStart - 1);
    if (stepStart === dottedStart - 1) break;
    dottedStart = stepStart;
    // A step cut out of a longer word (`9var.`) cannot continue further back.
    if (stepStart > 0 && IDENTIFIER_CHAR.test(before[stepStart - 1] ?? '')) break;
  }
  const dotted = before.slice(dottedStart, partialStart);
  const partial = before.slice(partialStart);
  const range = { start: offset - partial.length, end: Math.max(offset, wordEnd) };
  return { parts: dotted === '' ? undefined : dotted.slice(0, -1).split('.'), range };
}

const IDENTIFIER_CHAR = /[\w-]/;
const IDENTIFIER_START = /[A-Za-z_]/;

/** Where the identifier ending at `end` starts: its run of word characters and dashes, from the first letter or `_`. */
function identifierStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && IDENTIFIER_CHAR.test(text[start - 1] ?? '')) start--;
  while (start < end && !IDENTIFIER_START.test(text[start] ?? '')) start++;
  return start;
}

/** The roots an expression may start with here, inserted with their dot. */
export function rootCandidates(scope: HclScope): Candidate[] {
  const role = scope.kind === 'component' ? scope.role : undefined;
  const roots: Array<[string, string]> = [
    ['var', 'An input variable'],
    ['local', 'A local value'],
    ['data', 'An output of a data source'],
    ['path', 'path.root or path.cwd'],
    ['packer', 'packer.version'],
  ];
  if (role === 'build-source' || role === 'provisioner' || role === 'post-processor') {
    roots.push(['source', 'source.name or source.type of the source being built']);
  }
  if (role === 'provisioner' || role === 'post-processor') roots.push(['build', 'Data about the running build']);
  return roots.map(([name, detail]) => ({
    ...item(`${name}.`, CompletionItemKind.Module, detail),
    sortText: `1_${name}`,
  }));
}

/**
 * Each source of the folder as `source.<type>.<name>`, for `sources = [...]` and for the label of a
 * `source` block inside build; `write` gives the text inserted (quoted, bare, a JSON key and body).
 */
export function sourceReferenceCandidates(
  configuration: HclConfiguration | undefined,
  write: (reference: string) => { label?: string; insertText: string; snippet?: boolean; filterText?: string },
): Candidate[] {
  return (configuration?.sources ?? []).map((s) => {
    const reference = `source.${s.type}.${s.name}`;
    return {
      label: reference,
      kind: CompletionItemKind.Reference,
      detail: `in ${s.file.name}`,
      sortText: `0_${reference}`,
      ...write(reference),
    };
  });
}

function unique<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.name) && seen.add(i.name));
}

function item(label: string, kind: CompletionItemKind, detail: string): Candidate {
  return { label, kind, detail, insertText: label };
}
