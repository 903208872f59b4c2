/**
 * Every plugin component, through the language service: a misspelt setting of each is reported with
 * the right suggestion (HCL2, and legacy JSON for the kinds it has), a misspelt component type gets
 * the right type suggested, and the converter writes blocks and arguments as each schema says.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/service/service';
import {
  COMPONENT_KINDS,
  getComponentSchema,
  listComponentTypes,
  type ComponentKind,
  type ComponentSchema,
} from '../../server/src/service/schema/schemaStore';
import {
  listPlugins,
  pluginBySource,
  pluginOf,
  settingVersionRange,
} from '../../server/src/service/schema/pluginFacts';
import { editDistance } from '../../server/src/service/util/didYouMean';
import { messageText } from '../support/messageText';

const service = createLanguageService({ readText: () => undefined, listDirectory: () => undefined });
let serial = 0;

function diagnose(text: string, format: 'hcl' | 'json') {
  const uri = `file:///plugin-schemas/${serial++}/${format === 'hcl' ? 'main.pkr.hcl' : 'template.json'}`;
  return service.validate({ uri, version: 1, languageId: format === 'hcl' ? 'packer' : 'packer-json', text });
}

/** A template holding one component with one setting, in either format. */
function template(kind: ComponentKind, type: string, key: string, format: 'hcl' | 'json'): string {
  if (format === 'json') {
    const component = { type, [key]: 'x' };
    if (kind === 'builder') return JSON.stringify({ builders: [component] });
    const section = kind === 'provisioner' ? 'provisioners' : 'post-processors';
    return JSON.stringify({ builders: [{ type: 'null', communicator: 'none' }], [section]: [component] });
  }
  const body = `  ${key} = "x"\n`;
  if (kind === 'builder') return `source "${type}" "x" {\n${body}}\nbuild {\n  sources = ["source.${type}.x"]\n}\n`;
  if (kind === 'data-source') return `data "${type}" "x" {\n${body}}\n`;
  return `source "null" "n" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.null.n"]\n  ${kind} "${type}" {\n  ${body}  }\n}\n`;
}

/** The settings that did-you-mean may offer: documented, user-facing, top-level ones. */
function suggestible(schema: ComponentSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, p]) => !p['x-packer-internal'] && !p['x-packer-undocumented'] && !p['x-packer-meta'])
    .map(([k]) => k);
}

/** A slip of `key` (two neighbouring letters swapped) that is closer to it than to any other setting. */
function slipOf(key: string, others: readonly string[]): string | undefined {
  for (let i = Math.floor(key.length / 2); i < key.length - 1; i++) {
    const slip = key.slice(0, i) + (key[i + 1] ?? '') + (key[i] ?? '') + key.slice(i + 2);
    if (slip === key || key[i] === '_' || key[i + 1] === '_') continue;
    if (others.every((o) => o === key || editDistance(slip, o) > 2)) return slip;
  }
  return undefined;
}

const pluginComponents = COMPONENT_KINDS.flatMap((kind) =>
  listComponentTypes(kind)
    .map((type) => ({ kind, type, schema: getComponentSchema(kind, type) }))
    .filter(
      (c): c is { kind: ComponentKind; type: string; schema: ComponentSchema } => !!c.schema?.['x-packer'].plugin,
    ),
);

describe('every plugin component', () => {
  it('has a schema', () => {
    assert.ok(pluginComponents.length >= 150, `${pluginComponents.length} plugin components`);
  });

  it('reports a misspelt setting with the right suggestion, in HCL2 and legacy JSON', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { kind, type, schema } of pluginComponents) {
      const keys = suggestible(schema);
      const chosen = keys.map((key) => ({ key, slip: slipOf(key, keys) })).find((c) => c.slip !== undefined);
      if (chosen?.slip === undefined) {
        if (keys.length > 0) failures.push(`${kind}/${type}: no setting to misspell among ${keys.length}`);
        continue;
      }
      const formats = kind === 'data-source' ? (['hcl'] as const) : (['hcl', 'json'] as const);
      for (const format of formats) {
        checked++;
        const found = diagnose(template(kind, type, chosen.slip, format), format).filter(
          (d) => d.code === 'unknown-setting',
        );
        const text = found.map(messageText).join(' | ');
        if (!text.includes(`Unknown setting "${chosen.slip}"`) || !text.includes(`Did you mean "${chosen.key}"?`))
          failures.push(`${kind}/${type} ${format}: ${chosen.slip} -> ${text || 'nothing'}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(checked > 250, `${checked} checked`);
  });

  it('suggests the right component type for a misspelt one', () => {
    for (const [kind, wrong, right] of [
      ['builder', 'proxmox-isoo', 'proxmox-iso'],
      ['builder', 'hclod', 'hcloud'],
      ['builder', 'vmware-vmxx', 'vmware-vmx'],
      ['provisioner', 'windows-updates', 'windows-update'],
    ] as const) {
      const text = template(kind, wrong, 'x', 'hcl');
      const found = diagnose(text, 'hcl').filter((d) => d.code === 'unknown-component-type');
      assert.match(found.map(messageText).join(' | '), new RegExp(`Did you mean "${right}"\\?`), wrong);
    }
  });

  it('answers which plugin brings a component, and in which releases a setting exists', () => {
    assert.ok(listPlugins().length >= 70);
    const proxmox = pluginOf('builder', 'proxmox-iso');
    assert.equal(proxmox?.source, 'github.com/hashicorp/proxmox');
    assert.ok(proxmox.releases.includes('1.2.4') && proxmox.releases.includes('0.0.2'));
    assert.equal(pluginBySource('github.com/HashiCorp/Proxmox'), proxmox);
    assert.equal(pluginOf('provisioner', 'shell'), undefined);
    assert.deepEqual(settingVersionRange('builder', 'proxmox-iso', 'boot_iso'), { since: '1.2.0' });
    assert.deepEqual(settingVersionRange('builder', 'vmware-iso', 'remote_host'), { until: '1.2.0' });
    assert.deepEqual(settingVersionRange('builder', 'nutanix', 'allow_duplicate_images'), {
      since: '1.1.8',
      absentIn: ['1.2.0', '1.2.1'],
    });
    assert.deepEqual(settingVersionRange('builder', 'proxmox-iso', 'memory'), {});
    assert.equal(settingVersionRange('builder', 'proxmox-iso', 'memry'), undefined);
    assert.deepEqual(getComponentSchema('builder', 'proxmox')?.['x-packer'].absentIn, ['1.1.0', '1.1.1', '1.1.2']);
  });

  it('hovers a setting with the releases it exists in and its earlier type', () => {
    const text = 'source "vmware-iso" "x" {\n  version = 19\n  remote_host = "esxi"\n}\n';
    const uri = 'file:///plugin-schemas/hover/main.pkr.hcl';
    const hover = (key: string) => {
      const result = service.hover({ uri, version: 1, languageId: 'packer', text }, text.indexOf(key) + 2);
      const contents = result?.contents;
      return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
    };
    assert.match(hover('version'), /\*\*version\*\* · `number`/);
    assert.match(hover('version'), /Was a `string` up to vmware 1\.0\.11\./);
    assert.match(hover('remote_host'), /Removed after vmware 1\.2\.0\./);
  });

  it('converts plugin settings to blocks or arguments as the schema says', () => {
    const json = JSON.stringify({
      builders: [
        {
          type: 'proxmox-iso',
          node: 'pve',
          iso_file: 'local:iso/debian.iso',
          ssh_username: 'root',
          network_adapters: [{ bridge: 'vmbr0' }, { bridge: 'vmbr1' }],
          vga: { type: 'std' },
        },
        {
          type: 'vmware-iso',
          iso_url: 'u',
          iso_checksum: 'none',
          ssh_username: 'v',
          vmx_data: { 'svga.autodetect': 'TRUE' },
        },
      ],
    });
    const uri = 'file:///plugin-schemas/convert/template.json';
    const result = service.convertToHcl({ uri, version: 1, languageId: 'packer-json', text: json });
    const hcl = 'text' in result ? result.text : '';
    assert.equal(hcl.match(/^  network_adapters \{$/gm)?.length, 2, hcl);
    assert.match(hcl, /^ {2}vga \{\n {4}type = "std"\n {2}\}$/m);
    assert.match(hcl, /^ {2}vmx_data = \{\n {4}"svga.autodetect" = "TRUE"\n {2}\}$/m);
    assert.deepEqual(
      diagnose(hcl, 'hcl')
        .filter((d) => d.severity === 1)
        .map(messageText),
      [],
    );
  });
});
