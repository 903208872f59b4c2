/** Signatures of HCL2 functions and legacy JSON template functions against the Packer facts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  allBuildVariables,
  allHclFunctions,
  buildVariable,
  variableDefaultFunction,
  variableDefaultFunctions,
  allLegacyContextVariables,
  allLegacyFunctions,
  hclFunction,
  isInPacker166,
  legacyContextVariable,
  legacyFunction,
  signatureLabel,
  type FunctionSignature,
} from '../../server/src/service/packer/functions';
import { hcl2Facts } from '../../server/src/service/schema/generated/hcl2';
import { hclFunctionHover } from '../../server/src/service/features/hover/functionHover';
import { SHARED } from '../support/corpusPath';

const HCL_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions/';
const LEGACY_DOCS = 'https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/engine';
const FACTS = join(SHARED, 'packer', 'components.json');

function names(fns: readonly { readonly name: string }[]): string[] {
  return fns.map((fn) => fn.name);
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/** Shape rules every signature follows, whichever table it comes from. */
function assertWellFormed(fn: FunctionSignature): void {
  assert.match(fn.name, /^[a-z][a-z0-9_]*$/, fn.name);
  assert.match(fn.summary, /^[A-Z`].*\.$/, `${fn.name}: one sentence starting with a capital, ending with a dot`);
  assert.doesNotMatch(fn.summary, /\n/, `${fn.name}: summary on one line`);
  assert.ok(fn.returns.length > 0, `${fn.name}: return type`);
  const variadic = fn.parameters.filter((p) => p.variadic === true);
  assert.ok(variadic.length <= 1, `${fn.name}: at most one variadic parameter`);
  if (variadic.length === 1) assert.equal(fn.parameters.at(-1), variadic[0], `${fn.name}: variadic parameter last`);
  assert.equal(new Set(names(fn.parameters)).size, fn.parameters.length, `${fn.name}: parameter names unique`);
  for (const p of fn.parameters) assert.ok(p.name && p.type, `${fn.name}: parameter with name and type`);
}

test('every HCL2 function of the facts, current or 1.6.6, has a signature, and there are no others', () => {
  const expected = sorted(new Set([...hcl2Facts.functions, ...hcl2Facts.functionsPacker166]));
  const missing = expected.filter((name) => hclFunction(name) === undefined);
  assert.deepEqual(missing, []);
  assert.deepEqual(names(allHclFunctions()), expected, 'sorted, unique, exactly the facts');
  assert.equal(allHclFunctions().length, 103);
});

test('HCL2 signatures are well formed and link to their docs page', () => {
  for (const fn of allHclFunctions()) {
    assertWellFormed(fn);
    assert.ok(fn.docs.startsWith(HCL_DOCS), `${fn.name}: ${fn.docs}`);
    assert.match(fn.docs.slice(HCL_DOCS.length), /^[a-z]+\/[a-z0-9_-]+$/, `${fn.name}: <category>/<page>`);
  }
  assert.equal(hclFunction('upper')?.docs, `${HCL_DOCS}string/upper`);
  assert.equal(hclFunction('index')?.docs, `${HCL_DOCS}collection/index-fn`);
  assert.equal(hclFunction('consul_key')?.docs, `${HCL_DOCS}contextual/consul`);
  assert.equal(hclFunction('sum')?.docs, `${HCL_DOCS}numeric/sum`);
  assert.equal(hclFunction('cidrsubnet')?.docs, `${HCL_DOCS}ipnet/cidrsubnet`);
  assert.equal(hclFunction('uuidv5')?.docs, `${HCL_DOCS}uuid/uuidv5`);
  assert.equal(hclFunction('legacy_isotime')?.docs, `${HCL_DOCS}datetime/legacy_isotime`);
  assert.equal(hclFunction('try')?.docs, `${HCL_DOCS}conversion/try`);
});

test('labels render plain, variadic and parameterless functions', () => {
  const label = (name: string): string | undefined => {
    const fn = hclFunction(name);
    return fn && signatureLabel(fn);
  };
  assert.equal(label('upper'), 'upper(str string) string');
  assert.equal(label('substr'), 'substr(str string, offset number, length number) string');
  assert.equal(label('format'), 'format(format string, ...args any) string');
  assert.equal(label('cidrsubnets'), 'cidrsubnets(prefix string, ...newbits number) list(string)');
  assert.equal(label('max'), 'max(...numbers number) number');
  assert.equal(label('timestamp'), 'timestamp() string');
  assert.equal(label('lookup'), 'lookup(inputMap any, key string, default any) any');
  const legacy = legacyFunction('replace');
  assert.ok(legacy);
  assert.equal(signatureLabel(legacy), 'replace(old string, new string, n int, s string) string');
});

test('isInPacker166 follows the 1.6.6 list of the facts', () => {
  assert.equal(isInPacker166('abs'), true);
  assert.equal(isInPacker166('regex_replace'), true);
  for (const newer of ['strcontains', 'alltrue', 'templatefile', 'legacy_isotime', 'aws_secretsmanager_raw']) {
    assert.equal(isInPacker166(newer), false, newer);
  }
  assert.equal(isInPacker166('no_such_function'), false);
  const in166 = allHclFunctions().filter((fn) => isInPacker166(fn.name));
  assert.equal(in166.length, 85);
});

test('unknown, empty and half-typed names find nothing, prototype names included', () => {
  for (const name of ['', 'uppe', 'UPPER', 'constructor', '__proto__', 'toString', 'upper(']) {
    assert.equal(hclFunction(name), undefined, name);
    assert.equal(legacyFunction(name), undefined, name);
    assert.equal(legacyContextVariable(name), undefined, name);
  }
});

test('legacy functions: the core ones of the brief exist, link to the engine page and return strings', () => {
  const core = ['user', 'env', 'timestamp', 'isotime', 'uuid', 'build_name', 'build_type', 'template_dir', 'pwd'];
  const more = ['split', 'replace', 'replace_all', 'lower', 'upper', 'clean_resource_name', 'packer_version'];
  const secrets = ['consul_key', 'vault', 'aws_secretsmanager', 'sed'];
  for (const name of [...core, ...more, ...secrets]) assert.ok(legacyFunction(name), name);
  for (const fn of allLegacyFunctions()) {
    assertWellFormed(fn);
    assert.equal(fn.docs, LEGACY_DOCS);
    assert.equal(fn.returns, 'string');
  }
  assert.deepEqual(names(allLegacyFunctions()), sorted(names(allLegacyFunctions())));
  assert.ok(legacyFunction('sed')?.deprecated);
  assert.ok(legacyFunction('clean_ami_name')?.deprecated?.includes('clean_resource_name'));
  assert.equal(legacyFunction('env')?.onlyInVariables, true);
  assert.equal(legacyFunction('user')?.onlyInVariables, undefined);
  assert.deepEqual(legacyFunction('vm')?.builders, ['azure-chroot']);
  assert.equal(legacyFunction('upper')?.builders, undefined);
  assert.equal(signatureLabel(legacyFunction('isotime')!), 'isotime(...format string) string');
});

test('legacy functions agree with components.json', { skip: !existsSync(FACTS) && `${FACTS} is absent` }, () => {
  const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as {
    legacy_template_functions: { names: string[]; packer_1_6_6_names: string[]; builder_specific: object };
  };
  const section = facts.legacy_template_functions;
  const expected = sorted(new Set([...section.names, ...Object.keys(section.builder_specific)]));
  assert.deepEqual(names(allLegacyFunctions()), expected);
  const in166 = new Set(section.packer_1_6_6_names);
  for (const name of section.names) {
    assert.equal(legacyFunction(name)?.notInPacker166 === true, !in166.has(name), name);
  }
});

test('legacy template variables are named without the dot and tied to components', () => {
  const variables = allLegacyContextVariables();
  assert.deepEqual(names(variables), sorted(new Set(names(variables))), 'sorted and unique');
  for (const v of variables) {
    assert.match(v.name, /^[A-Z][A-Za-z0-9]*$/, v.name);
    assert.ok(v.components.length > 0, v.name);
    assert.match(v.summary, /^[A-Z].*\.$/, v.name);
    assert.equal(v.docs, LEGACY_DOCS);
  }
  assert.ok(legacyContextVariable('HTTPIP')?.components.includes('qemu'));
  assert.ok(legacyContextVariable('Vars')?.components.includes('shell'));
  assert.ok(legacyContextVariable('SourceAMI')?.components.includes('amazon-*'));
  assert.equal(legacyContextVariable('.HTTPIP'), undefined);
});

test('env is a variable-default function apart from the facts\u2019 list, with hover text', () => {
  assert.deepEqual(names(variableDefaultFunctions()), ['env']);
  assert.equal(hclFunction('env'), undefined, 'not among the general functions');
  assert.ok(!hcl2Facts.functions.includes('env'));
  const env = variableDefaultFunction('env');
  assert.ok(env !== undefined);
  assertWellFormed(env);
  assert.equal(signatureLabel(env), 'env(name string) string');
  assert.equal(env.docs, `${HCL_DOCS}contextual/env`);
  assert.match(hclFunctionHover('env') ?? '', /Only in a `variable` block’s `default`/);
});

test('build variables: the names Packer documents, build.name for HCL2 only', () => {
  const legacy = names(allBuildVariables('legacy'));
  for (const name of [
    'ID',
    'Host',
    'Port',
    'User',
    'Password',
    'ConnType',
    'PackerRunUUID',
    'PackerHTTPAddr',
    'SSHPublicKey',
    'SSHPrivateKey',
  ]) {
    assert.ok(legacy.includes(name), name);
  }
  assert.ok(!legacy.includes('name'));
  assert.ok(names(allBuildVariables('hcl')).includes('name'));
  assert.equal(new Set(names(allBuildVariables('hcl'))).size, allBuildVariables('hcl').length, 'unique');
  for (const v of allBuildVariables('hcl')) assert.match(v.summary, /^[A-Z`].*\.$/, v.name);
  assert.equal(buildVariable('constructor'), undefined);
  assert.match(legacyFunction('build')?.summary ?? '', /`Host`/);
});
