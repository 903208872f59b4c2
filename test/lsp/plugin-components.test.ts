/**
 * The components of every plugin family over a real LSP connection, in HCL2 and in legacy JSON: a valid
 * configuration gets no error, and a misspelt setting (with the right suggestion and its fix), a value of
 * the wrong type and a block written as an argument (or a map written as a block) each get theirs.
 * Completion and hover work inside the component's block.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  MarkupContent,
  Position,
} from 'vscode-languageserver-types';
import { applyAction } from '../support/edits';
import { LspTestClient } from '../support/lspClient';
import { messageText } from '../support/messageText';
import { PLUGIN_COMPONENT_CASES, type PluginComponentCase } from './pluginComponentCases';

type Value = string | number | readonly string[];

/** The component's settings, each on its own line, in HCL2 syntax; `extra` lines are added last. */
function hclTemplate(c: PluginComponentCase, settings: Readonly<Record<string, Value>>, extra = ''): string {
  const lines = Object.entries(settings).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  if (extra !== '') lines.push(extra);
  if (c.kind === 'builder')
    return `source "${c.type}" "x" {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n\nbuild {\n  sources = ["source.${c.type}.x"]\n}\n`;
  return (
    `source "null" "n" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.n"]\n\n` +
    `  provisioner "${c.type}" {\n${lines.map((l) => `    ${l}`).join('\n')}\n  }\n}\n`
  );
}

function jsonTemplate(c: PluginComponentCase, settings: Readonly<Record<string, unknown>>): string {
  const component = { type: c.type, ...settings };
  const template =
    c.kind === 'builder'
      ? { builders: [component] }
      : { builders: [{ type: 'null', communicator: 'none' }], provisioners: [component] };
  return JSON.stringify(template, null, 2);
}

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 1);
const describeAll = (diagnostics: Diagnostic[]) =>
  errors(diagnostics).map((d) => `${String(d.code)}: ${messageText(d)}`);

/** The position just after the first `marker` in `text`. */
function after_(text: string, marker: string): Position {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, marker);
  const before = text.slice(0, offset + marker.length).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

function markdown(hover: Hover | null): string {
  assert.ok(hover !== null, 'a hover');
  return (hover.contents as MarkupContent).value;
}

describe('plugin components over the LSP connection', () => {
  let client: LspTestClient;
  let serial = 0;
  const open = async (c: PluginComponentCase, format: 'hcl' | 'json', text: string) => {
    const uri = `file:///plugin-components/${c.type}-${serial++}/${format === 'hcl' ? 'main.pkr.hcl' : 'template.json'}`;
    const diagnostics = await client.open(uri, format === 'hcl' ? 'packer' : 'packer-json', text);
    return { uri, diagnostics };
  };

  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const c of PLUGIN_COMPONENT_CASES) {
    describe(`${c.kind} ${c.type}`, () => {
      it('a valid configuration gets no error, in both formats', async () => {
        assert.deepEqual(describeAll((await open(c, 'hcl', hclTemplate(c, c.valid))).diagnostics), []);
        assert.deepEqual(describeAll((await open(c, 'json', jsonTemplate(c, c.valid))).diagnostics), []);
      });

      it(`a misspelt setting suggests "${c.typo[1]}", and the fix writes it`, async () => {
        const [wrong, right] = c.typo;
        for (const format of ['hcl', 'json'] as const) {
          const settings = { ...c.valid, [wrong]: 'x' };
          const text = format === 'hcl' ? hclTemplate(c, settings) : jsonTemplate(c, settings);
          const { uri, diagnostics } = await open(c, format, text);
          const found = errors(diagnostics);
          assert.deepEqual(
            found.map((d) => d.code),
            ['unknown-setting'],
            `${format}: ${describeAll(diagnostics).join('; ')}`,
          );
          const [diagnostic] = found;
          assert.ok(diagnostic);
          assert.match(messageText(diagnostic), new RegExp(`Unknown setting "${wrong}" in the ${c.type} ${c.kind}`));
          assert.match(messageText(diagnostic), new RegExp(`Did you mean "${right}"\\?`));
          const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
          const preferred = actions.find((a) => a.isPreferred);
          assert.ok(preferred, `${format}: a preferred fix`);
          const fixed = applyAction(text, uri, preferred);
          assert.ok(!new RegExp(`\\b${wrong}\\b`).test(fixed), fixed);
          assert.ok(fixed.includes(format === 'hcl' ? `${right} ` : `"${right}"`), fixed);
          // the value "x" may be of the wrong type for the setting meant: only the name is fixed
          const again = errors((await open(c, format, fixed)).diagnostics);
          assert.ok(!again.some((d) => d.code === 'unknown-setting'), `${format}: ${describeAll(again).join('; ')}`);
        }
      });

      it(`"${c.wrongType[0]}" of the wrong type is reported, in both formats`, async () => {
        const [key, value] = c.wrongType;
        const settings = { ...c.valid, [key]: value };
        for (const format of ['hcl', 'json'] as const) {
          const text = format === 'hcl' ? hclTemplate(c, settings) : jsonTemplate(c, settings);
          const found = errors((await open(c, format, text)).diagnostics);
          assert.deepEqual(
            found.map((d) => [d.code, messageText(d).startsWith(`"${key}" expects`)]),
            [['invalid-setting-value', true]],
            `${format}: ${describeAll(found).join('; ')}`,
          );
        }
      });

      const { block, mapAsBlock } = c;
      if (block !== undefined)
        it(`the block "${block}" written as an argument is reported (a string in JSON)`, async () => {
          const hcl = errors((await open(c, 'hcl', hclTemplate(c, c.valid, `${block} = {}`))).diagnostics);
          assert.ok(
            hcl.some((d) => d.code === 'unknown-setting' && messageText(d).startsWith(`"${block}" of the ${c.type}`)),
            describeAll(hcl).join('; '),
          );
          assert.ok(hcl.some((d) => messageText(d).includes(`write it without "="`)));
          const json = errors((await open(c, 'json', jsonTemplate(c, { ...c.valid, [block]: 'x' }))).diagnostics);
          assert.ok(
            json.some((d) => d.code === 'invalid-setting-value' && messageText(d).startsWith(`"${block}" expects`)),
            describeAll(json).join('; '),
          );
        });
      if (mapAsBlock !== undefined)
        it(`the map "${mapAsBlock}" written as a block is reported`, async () => {
          const extra = `${mapAsBlock} {\n    a = "b"\n  }`;
          const found = errors((await open(c, 'hcl', hclTemplate(c, c.valid, extra))).diagnostics);
          assert.deepEqual(
            found.map((d) => [d.code, messageText(d).includes('is an argument, not a block')]),
            [['unknown-setting', true]],
          );
        });

      it(`completion offers "${c.completes}" and hover explains "${c.hover[0]}" inside the block`, async () => {
        const hcl = hclTemplate(c, c.valid, `${c.hover[0]} = null`);
        const { uri } = await open(c, 'hcl', hcl);
        const position = after_(hcl, `${c.hover[0]} = null\n`);
        const list = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
          textDocument: { uri },
          position,
        });
        const items = Array.isArray(list) ? list : (list?.items ?? []);
        assert.ok(
          items.some((i) => i.label === c.completes),
          `offers ${c.completes}`,
        );
        assert.ok(!items.some((i) => i.label === c.hover[0]), 'not what is already set');
        const hover = await client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: after_(hcl, ` ${c.hover[0].slice(0, -1)}`),
        });
        const text = markdown(hover);
        assert.match(text, new RegExp(`\\*\\*${c.hover[0]}\\*\\* · `));
        assert.match(text, c.hover[1]);

        const json = jsonTemplate(c, { ...c.valid, [c.hover[0]]: null });
        const opened = await open(c, 'json', json);
        const jsonHover = await client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: opened.uri },
          position: after_(json, `"${c.hover[0].slice(0, -1)}`),
        });
        assert.match(markdown(jsonHover), c.hover[1]);
      });
    });
  }
});
