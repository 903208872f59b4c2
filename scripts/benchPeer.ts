/**
 * The peer the benchmarks compare with: VS Code's own JSON support (vscode-json-languageservice,
 * `parseJSONDocument` then `doValidation`) validating a legacy template against our own generated
 * component schemas, combined into one template schema, so that it does the same schema work we do.
 * The combination is built from whatever `schemas/` holds when the benchmark runs, so it grows with
 * the schemas.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getLanguageService, TextDocument, type LanguageService } from 'vscode-json-languageservice';

/** The project's schemas/, found upwards from here (compiled, or bundled for the start-up benchmark). */
function schemasFolder(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', 'index.json'))) return join(dir, 'schemas');
    if (dirname(dir) === dir) throw new Error(`no schemas/index.json above ${__dirname}`);
  }
}
const SCHEMAS = schemasFolder();
const TEMPLATE_SCHEMA = 'packer://template';

interface IndexEntry {
  kind: string;
  type: string;
  file: string;
}

type Schema = Record<string, unknown>;

/** Each component's schema, by the URI the combined schema refers to it with. */
function componentSchemas(): Array<{ uri: string; kind: string; type: string; schema: Schema }> {
  const index = JSON.parse(readFileSync(join(SCHEMAS, 'index.json'), 'utf8')) as IndexEntry[];
  return index.map((entry) => ({
    uri: `packer://${entry.kind}/${entry.type}`,
    kind: entry.kind,
    type: entry.type,
    schema: JSON.parse(readFileSync(join(SCHEMAS, entry.file), 'utf8')) as Schema,
  }));
}

/** One list item: the component schema its `type` names, as Packer picks the plugin by that name. */
function componentsOf(kind: string, components: ReturnType<typeof componentSchemas>): Schema {
  return {
    type: 'object',
    required: ['type'],
    properties: { type: { type: 'string' } },
    allOf: components
      .filter((c) => c.kind === kind)
      .map((c) => ({ if: { properties: { type: { const: c.type } } }, then: { $ref: c.uri } })),
  };
}

function templateSchema(components: ReturnType<typeof componentSchemas>): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      description: { type: 'string' },
      min_packer_version: { type: 'string' },
      variables: { type: 'object', additionalProperties: { type: ['string', 'null', 'boolean', 'number'] } },
      'sensitive-variables': { type: 'array', items: { type: 'string' } },
      builders: { type: 'array', items: componentsOf('builder', components) },
      provisioners: { type: 'array', items: componentsOf('provisioner', components) },
      'post-processors': { type: 'array', items: componentsOf('post-processor', components) },
    },
    additionalProperties: false,
  };
}

export interface Peer {
  /** How many component schemas the combined schema refers to. */
  components: number;
  /** Parse and validate `text` as VS Code's JSON support does on each change; the problem count. */
  validate(text: string, version: number): Promise<number>;
  service: LanguageService;
}

export async function createPeer(): Promise<Peer> {
  const components = componentSchemas();
  const service = getLanguageService({});
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [
      { uri: TEMPLATE_SCHEMA, fileMatch: ['*.json'], schema: templateSchema(components) },
      ...components.map((c) => ({ uri: c.uri, schema: c.schema })),
    ],
  });
  const peer: Peer = {
    components: components.length,
    service,
    async validate(text, version) {
      const document = TextDocument.create('file:///bench/template.json', 'json', version, text);
      const parsed = service.parseJSONDocument(document);
      const problems = await service.doValidation(document, parsed);
      return problems.length;
    },
  };
  // The first validation resolves and compiles the schemas: not part of any measured change.
  await peer.validate('{"builders": [{"type": "amazon-ebs"}]}', 0);
  return peer;
}
