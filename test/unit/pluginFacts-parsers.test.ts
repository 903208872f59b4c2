/**
 * The plugin facts extractor's readers, each on a small Go text of the shape it parses (written for
 * these tests): hcl2spec entries, cty types, struct fields and tags, doc-comment defaults, main.go
 * registrations, go.mod, release tags; and the merge of releases into ranges.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ctyToPackerType } from '../../tools/plugin-facts/src/ctyType';
import { parseGoMod, versionRevision } from '../../tools/plugin-facts/src/goModule';
import { functionBody, methodBody, parseGoFile, structFields, tagValue } from '../../tools/plugin-facts/src/goSource';
import { hcl2SpecEntries, parseSpecLine } from '../../tools/plugin-facts/src/hcl2spec';
import { componentType, parseRegistrations } from '../../tools/plugin-facts/src/registrations';
import { releaseTags } from '../../tools/plugin-facts/src/semver';
import { mergeReleases } from '../../tools/plugin-facts/src/versions';
import { saysDeprecated, statedDefault } from '../../tools/plugin-facts/src/structFacts';

describe('hcl2spec entries', () => {
  const spec = parseGoFile(`package widget

import (
	"github.com/hashicorp/hcl/v2/hcldec"
	shared "example.com/packer-plugin-widget/builder/shared"
	"github.com/zclconf/go-cty/cty"
)

func (*FlatConfig) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"size":     &hcldec.AttrSpec{Name: "size", Type: cty.Number, Required: false},
		"names":    &hcldec.AttrSpec{Name: "names", Type: cty.List(cty.String), Required: false},
		"labels":   &hcldec.BlockAttrsSpec{TypeName: "labels", ElementType: cty.String, Required: false},
		"disk":     &hcldec.BlockSpec{TypeName: "disk", Nested: hcldec.ObjectSpec((*FlatDisk)(nil).HCL2Spec())},
		"nics":     &hcldec.BlockListSpec{TypeName: "nics", Nested: hcldec.ObjectSpec((*shared.FlatNic)(nil).HCL2Spec())},
	}
	return s
}

func (*FlatDisk) HCL2Spec() map[string]hcldec.Spec {
	s := map[string]hcldec.Spec{
		"gigabytes": &hcldec.AttrSpec{Name: "gigabytes", Type: cty.Number, Required: false},
	}
	return s
}
`);

  it('reads attributes, attribute maps, blocks and block lists of one Flat type only', () => {
    assert.deepEqual(hcl2SpecEntries(spec, 'FlatConfig'), [
      { kind: 'attribute', name: 'size', cty: 'cty.Number' },
      { kind: 'attribute', name: 'names', cty: 'cty.List(cty.String)' },
      { kind: 'attributes-block', name: 'labels', cty: 'cty.Map(cty.String)' },
      { kind: 'block', name: 'disk', list: false, flatType: 'FlatDisk' },
      { kind: 'block', name: 'nics', list: true, flatType: 'shared.FlatNic' },
    ]);
    assert.deepEqual(hcl2SpecEntries(spec, 'FlatDisk'), [{ kind: 'attribute', name: 'gigabytes', cty: 'cty.Number' }]);
    assert.equal(hcl2SpecEntries(spec, 'FlatMissing'), undefined);
  });

  it('ignores lines that are not spec entries', () => {
    assert.equal(parseSpecLine('\ts := map[string]hcldec.Spec{'), undefined);
    assert.equal(parseSpecLine('\treturn s'), undefined);
  });
});

describe('cty types in Packer words', () => {
  it('maps primitives and collections, nested', () => {
    assert.equal(ctyToPackerType('cty.String'), 'string');
    assert.equal(ctyToPackerType('cty.Bool'), 'bool');
    assert.equal(ctyToPackerType('cty.List(cty.Number)'), 'list(number)');
    assert.equal(ctyToPackerType('cty.List(cty.List(cty.String))'), 'list(list(string))');
    assert.equal(ctyToPackerType('cty.Map(cty.String)'), 'map(string)');
    assert.equal(ctyToPackerType('cty.DynamicPseudoType'), 'any');
  });

  it('says it cannot read an object type', () => {
    assert.equal(ctyToPackerType('cty.Object(map[string]cty.Type{"a": cty.String})'), undefined);
  });
});

describe('Go structs', () => {
  const file = parseGoFile(`package widget

import (
	"time"

	"example.com/sdk/communicator"
)

type Config struct {
	communicator.Config \`mapstructure:",squash"\`
	Comm communicator.Extra \`mapstructure:",squash"\`
	// How long to wait.
	// Defaults to \`5m\`.
	Timeout time.Duration \`mapstructure:"timeout" required:"true"\`
	Inline struct {
		Hidden string \`mapstructure:"hidden"\`
	} \`mapstructure:"inline"\`

	Width, Height int \`mapstructure:"size"\`
}
`);

  it('reads embedded and named fields with their tags and doc comments, skipping inline structs', () => {
    const fields = structFields(file, 'Config');
    assert.ok(fields);
    assert.deepEqual(
      fields.map((f) => [f.name, f.type]),
      [
        [undefined, 'communicator.Config'],
        ['Comm', 'communicator.Extra'],
        ['Timeout', 'time.Duration'],
        ['Width', 'int'],
        ['Height', 'int'],
      ],
    );
    const timeout = fields[2]!;
    assert.equal(timeout.doc, 'How long to wait.\nDefaults to `5m`.');
    assert.equal(tagValue(timeout.tag, 'mapstructure'), 'timeout');
    assert.equal(tagValue(timeout.tag, 'required'), 'true');
    assert.equal(tagValue(fields[0]!.tag, 'mapstructure'), ',squash');
    assert.deepEqual(file.imports, [
      { alias: undefined, path: 'time' },
      { alias: undefined, path: 'example.com/sdk/communicator' },
    ]);
  });

  it('reads past braces in doc comments and tags, and knows an untagged field by its own name', () => {
    const withBraces = parseGoFile(`package widget

type Options struct {
	// A map such as \`{ "a" = "b" }\`, or a template like {{ .Name
	Labels map[string]string \`mapstructure:"labels" json:"{"\`
	Force bool
}
`);
    assert.deepEqual(
      structFields(withBraces, 'Options')?.map((f) => [f.name, tagValue(f.tag, 'mapstructure')]),
      [
        ['Labels', 'labels'],
        ['Force', undefined],
      ],
    );
  });

  it('finds the default a doc comment states, in its usual wordings', () => {
    assert.equal(statedDefault('The size.\nDefaults to `10`.'), '10');
    assert.equal(statedDefault('Default: `raw`'), 'raw');
    assert.equal(statedDefault('The default is `none`, which keeps it.'), 'none');
    assert.equal(statedDefault('Default value is `false`.'), 'false');
    assert.equal(statedDefault('Set this to `true` to skip.'), undefined);
  });
});

describe('main.go registrations', () => {
  it('reads names, the default name, constants, constructors and the legacy one-argument form', () => {
    const { registrations, unread } = parseRegistrations(`package main

const widgetName = "widget"

func main() {
	pps := plugin.NewSet()
	pps.RegisterBuilder(plugin.DEFAULT_NAME, new(widget.Builder))
	pps.RegisterBuilder("clone", &clone.Builder{})
	pps.RegisterPostProcessor(widgetName, new(pp.PostProcessor))
	pps.RegisterDatasource("lookup",
		lookup.NewDatasource())
	// pps.RegisterProvisioner("old", new(old.Provisioner))
	if err := server.RegisterProvisioner(new(Provisioner)); err != nil {
		panic(err)
	}
	pps.RegisterBuilder(names[0], new(x.Builder))
}
`);
    assert.deepEqual(
      registrations.map((r) => [r.kind, r.registeredAs, r.goType, r.constructor]),
      [
        ['builder', 'plugin.DEFAULT_NAME', 'widget.Builder', false],
        ['builder', 'clone', 'clone.Builder', false],
        ['post-processor', 'widget', 'pp.PostProcessor', false],
        ['data-source', 'lookup', 'lookup.NewDatasource', true],
        ['provisioner', 'plugin.DEFAULT_NAME', 'Provisioner', false],
      ],
    );
    assert.deepEqual(unread, ['.RegisterBuilder(names[0], new(x.Builder))']);
  });

  it('names a component as templates do', () => {
    assert.equal(componentType('proxmox', 'plugin.DEFAULT_NAME'), 'proxmox');
    assert.equal(componentType('proxmox', 'iso'), 'proxmox-iso');
  });
});

describe('go.mod and release tags', () => {
  it('reads the module path and required versions, with same-module replacements applied', () => {
    const goMod = parseGoMod(`module example.com/packer-plugin-widget/v2

go 1.22

require (
	github.com/hashicorp/packer-plugin-sdk v0.5.1
	example.com/other v0.0.0-20240101120000-abcdef123456 // indirect
)

require example.com/single v1.2.3

replace github.com/hashicorp/packer-plugin-sdk => github.com/hashicorp/packer-plugin-sdk v0.5.4
replace example.com/other => example.com/fork v1.0.0
`);
    assert.equal(goMod.modulePath, 'example.com/packer-plugin-widget/v2');
    assert.equal(goMod.requires.get('github.com/hashicorp/packer-plugin-sdk'), 'v0.5.4');
    assert.equal(goMod.requires.get('example.com/single'), 'v1.2.3');
    assert.equal(versionRevision(goMod.requires.get('example.com/other')!), 'abcdef123456');
    assert.equal(versionRevision('v2.3.0+incompatible'), 'v2.3.0');
  });

  it('keeps stable releases only, in semver order, with or without the v', () => {
    assert.deepEqual(
      releaseTags(['v1.10.0', 'v1.2.0', 'v1.2.0-rc1', 'nightly', 'v0.0.2', '1.5.0', 'v1.9.9', '1.2.0', 'v0.1.4.1']),
      ['v0.0.2', 'v1.2.0', '1.5.0', 'v1.9.9', 'v1.10.0'],
    );
  });
});

describe('function bodies', () => {
  it('end at the brace that closes them, past braces of the parameter list and one-line bodies', () => {
    const file = parseGoFile(`package widget

func (b *Builder) ConfigSpec() hcldec.ObjectSpec { return b.config.FlatMapstructure().HCL2Spec() }

func (b *Builder) Prepare(raws ...interface{}) error {
	if len(raws) == 0 {
		return nil
	}
	return nil
}

func NewBuilder() *Builder {
	return &Builder{}
}
`);
    assert.equal(
      methodBody(file, 'Builder', 'ConfigSpec'),
      'func (b *Builder) ConfigSpec() hcldec.ObjectSpec { return b.config.FlatMapstructure().HCL2Spec() }',
    );
    assert.match(methodBody(file, 'Builder', 'Prepare') ?? '', /return nil\n\t}\n\treturn nil\n}$/);
    assert.equal(functionBody(file, 'NewBuilder'), 'func NewBuilder() *Builder {\n\treturn &Builder{}\n}');
    assert.equal(methodBody(file, 'Builder', 'Missing'), undefined);
  });
});

describe('deprecation in doc comments', () => {
  it('is read from the usual wordings, not from a mere mention of the word', () => {
    assert.equal(saysDeprecated('DEPRECATED. Use the `boot_iso` block instead.'), true);
    assert.equal(saysDeprecated('Deprecated: use `placement` instead.'), true);
    assert.equal(saysDeprecated('The bus.\nThis option is deprecated, use `type`.'), true);
    assert.equal(saysDeprecated('Deprecated in favor of `ssh_timeout`.'), true);
    assert.equal(saysDeprecated('Include deprecated images in the response.'), false);
  });
});

describe('merging releases', () => {
  const release = (tag: string, settings: Record<string, { type: string }>, withComponent = true) => ({
    tag,
    problems: [],
    components: withComponent
      ? [{ kind: 'builder' as const, type: 'w-iso', registeredAs: 'iso', spec: 'iso/config.hcl2spec.go', settings }]
      : [],
  });

  it('gives each setting its range, earlier types and the releases it was away in', () => {
    const [component] = mergeReleases([
      release('v1.0.0', { a: { type: 'string' }, b: { type: 'string' } }),
      release('v1.1.0', { a: { type: 'number' } }),
      release('v1.2.0', {}, false),
      release('v1.3.0', { a: { type: 'number' }, b: { type: 'string' }, c: { type: 'bool' } }),
    ]);
    assert.ok(component);
    assert.deepEqual([component.since, component.until, component.absentIn], ['1.0.0', '1.3.0', ['1.2.0']]);
    assert.deepEqual(component.settings, {
      a: { type: 'number', typeChanges: [{ type: 'string', until: '1.0.0' }] },
      b: { type: 'string', absentIn: ['1.1.0'] },
      c: { type: 'bool', since: '1.3.0' },
    });
  });
});
