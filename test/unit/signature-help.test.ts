/**
 * Signature help while typing the arguments of HCL2 functions and legacy template functions, with
 * `|` at the cursor: which parameter is active, at the call's own nesting depth.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signature } from './completion-support';

const HCL = 'build.pkr.hcl';
const active = (help: ReturnType<typeof signature>) => help?.activeParameter;

describe('HCL2 signature help', () => {
  it('shows the signature of the call whose arguments hold the cursor', () => {
    const help = signature(HCL, 'locals {\n  x = upper(|)\n}\n');
    assert.match(help?.signatures[0]?.label ?? '', /^upper\(/);
    assert.equal(active(help), 0);
  });

  it('counts commas at the call\u2019s own depth', () => {
    assert.equal(active(signature(HCL, 'locals {\n  x = format("%s-%s", [1, 2], |)\n}\n')), 1);
    assert.equal(active(signature(HCL, 'locals {\n  x = format(upper("a"), |')), 1);
    assert.match(signature(HCL, 'locals {\n  x = format("a", upper(|))\n}\n')?.signatures[0]?.label ?? '', /^upper/);
  });

  it('keeps a variadic parameter active for every later argument', () => {
    assert.equal(active(signature(HCL, 'locals {\n  x = format("%s %s %s", 1, 2, |)\n}\n')), 1);
  });

  it('says nothing outside a call or for an unknown function', () => {
    assert.equal(signature(HCL, 'locals {\n  x = |\n}\n'), null);
    assert.equal(signature(HCL, 'locals {\n  x = nosuch(|)\n}\n'), null);
  });

  it('works in an interpolation inside a string', () => {
    assert.equal(active(signature(HCL, 'locals {\n  x = "${format("%s", |)}"\n}\n')), 1);
  });
});

describe('legacy template signature help', () => {
  it('shows the signature of the action\u2019s function once its name is followed by a space', () => {
    const help = signature('t.json', '{"builders": [{"type": "null", "ssh_host": "{{user |"}]}');
    assert.match(help?.signatures[0]?.label ?? '', /^user\(/);
    assert.equal(active(help), 0);
  });

  it('counts space-separated arguments, quoted ones holding spaces, in the last stage of a pipe', () => {
    const json = (action: string) => `{"builders": [{"type": "null", "ssh_host": "${action}"}]}`;
    assert.equal(active(signature('t.json', json('{{ split `a b,c` `,` |'))), 2);
    assert.equal(active(signature('t.json', json('{{ split \\"a b\\" |'))), 1);
    assert.equal(active(signature('t.json', json('{{ user `x` | split `,` ^'), '^')), 1);
    assert.equal(active(signature('t.json', json('{{ isotime `a` `b` ^'), '^')), 0);
  });

  it('says nothing while the name itself is typed or outside an action', () => {
    assert.equal(signature('t.json', '{"builders": [{"type": "null", "ssh_host": "{{use|"}]}'), null);
    assert.equal(signature('t.json', '{"builders": [{"type": "null", "ssh_host": "us|"}]}'), null);
  });
});

describe('signature help of env', () => {
  it('shows env in a variable\u2019s default, where Packer accepts it, and nowhere else', () => {
    const help = signature(HCL, 'variable "home" {\n  default = env(|)\n}\n');
    assert.match(help?.signatures[0]?.label ?? '', /^env\(name string\) string/);
    assert.equal(active(help), 0);
    assert.equal(signature(HCL, 'locals {\n  home = env(|)\n}\n'), null);
  });
});
