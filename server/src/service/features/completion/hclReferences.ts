/**
 * Names after `var.`, `local.`, `data.`, `source.`, `build.`, `path.` and `packer.`, from the
 * whole configuration folder (a variable declared in another file counts) and from Packer's facts
 * (data source outputs, contextual variables).
 */
import type { HclConfiguration } from '../../model/hcl/configuration';
import { hcl2Facts } from '../../schema/generated/hcl2';
import { CompletionItemKind, type Candidate } from './candidate';
import type { HclScope } from './hclScope';

/** Fields of the build that provisioners and post-processors may read as `build.<field>`. */
const BUILD_FIELDS: ReadonlyArray<[string, string]> = [
  ['name', 'The name of the build block'],
  ['ID', 'The identifier of the machine being built, where the builder has one'],
  ['ConnType', 'The communicator in use: ssh or winrm'],
  ['Host', 'The address the communicator connects to'],
  ['Port', 'The port the communicator connects to'],
  ['User', 'The user the communicator logs in as'],
  ['Password', 'The password the communicator uses'],
  ['SSHPublicKey', 'The public key of the SSH key pair Packer created'],
  ['SSHPrivateKey', 'The private key of the SSH key pair Packer created'],
  ['WinRMPassword', 'The WinRM password, when the builder generated one'],
  ['PackerRunUUID', 'A unique identifier of this run of Packer'],
  ['PackerHTTPAddr', 'The address:port of the HTTP server Packer serves files from'],
  ['PackerHTTPIP', 'The IP of the HTTP server Packer serves files from'],
  ['PackerHTTPPort', 'The port of the HTTP server Packer serves files from'],
];

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
      return BUILD_FIELDS.map(([name, detail]) => item(name, CompletionItemKind.Field, detail));
    default: {
      const fixed = root === undefined || parts.length !== 1 ? undefined : FIXED[root];
      return (fixed ?? []).map(([name, detail]) => item(name, CompletionItemKind.Field, detail));
    }
  }
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
