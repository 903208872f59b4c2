/**
 * Hover on the names of a build's runs (override keys, aliases), on legacy `{{ .Field }}` template
 * variables, on variable type constraints and on data-source outputs. `|` marks the cursor.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hcl2Facts } from '../../server/src/service/schema/generated/hcl2';
import { dataSourceOutputMeaning } from '../../server/src/service/features/hover/dataSourceOutputs';
import { cursorIn, hoverAt } from './hover-support';

const legacyHover = (marked: string) => hoverAt(marked, 'template.json');

const at = (text: string, word: string, within = 1, nth = 0): string => cursorIn(text, word, within, nth);

const LEGACY = `{
  "builders": [
    { "type": "qemu", "boot_command": ["<tab> ks=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg<enter>"] },
    { "type": "amazon-ebs", "name": "aws", "ami_name": "x-{{ .SourceAMIName }}" }
  ],
  "provisioners": [
    {
      "type": "shell",
      "execute_command": "sudo -S sh -c '{{ .Vars }} {{.Path}}'",
      "override": {
        "aws": { "pause_before": "5s" },
        "qemu": { "execute_command": "{{ .Path }}" },
        "missing": {}
      }
    },
    { "type": "shell-local", "command": "{{ .HTTPIP }} {{ .Nope }}" }
  ]
}`;

describe('hover on legacy {{ .Field }} template variables', () => {
  it('says what the field holds and which components fill it in', () => {
    const { value, hovered } = legacyHover(at(LEGACY, '.HTTPIP', 2));
    assert.equal(hovered, '{{ .HTTPIP }}');
    assert.match(value ?? '', /\*\*`\.HTTPIP`\*\* · template variable/);
    assert.match(value ?? '', /IP address of Packer's HTTP server/);
    assert.match(value ?? '', /`qemu`/);
    assert.match(value ?? '', /This `qemu` builder fills it in\./);
  });

  it('reads fields written without spaces, and picks the one under the cursor', () => {
    const { value, hovered } = legacyHover(at(LEGACY, '.Path', 2));
    assert.equal(hovered, '{{.Path}}');
    assert.match(value ?? '', /path of the uploaded script/);
    assert.match(value ?? '', /This `shell` provisioner fills it in\./);
    assert.match(legacyHover(at(LEGACY, '.Vars', 2)).value ?? '', /environment variable assignments/);
  });

  it('says when the component at hand is not known to fill the field, and handles unknown fields', () => {
    assert.match(legacyHover(at(LEGACY, '.HTTPIP', 2, 1)).value ?? '', /`shell-local` provisioner is not among/);
    assert.match(legacyHover(at(LEGACY, '.Nope', 2)).value ?? '', /not one of the common fields/);
    assert.match(legacyHover(at(LEGACY, '.SourceAMIName', 3)).value ?? '', /name of the source AMI/);
  });

  it('works in the strings of HCL2 files too', () => {
    const hcl = `build {
  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; {{ .Vars }} {{ .Path }}"
  }
}
`;
    const { value, hovered } = hoverAt(at(hcl, '.Vars', 2), 'main.pkr.hcl');
    assert.equal(hovered, '{{ .Vars }}');
    assert.match(value ?? '', /This `shell` provisioner fills it in\./);
  });
});

describe('hover on the keys of a legacy provisioner override', () => {
  it('names the builder, its type and where it is declared', () => {
    const { value, hovered } = legacyHover(at(LEGACY, '"aws": {', 2));
    assert.equal(hovered, '"aws"');
    assert.match(value ?? '', /\*\*aws\*\* · override for a builder/);
    assert.match(value ?? '', /the builder `aws`, a `amazon-ebs` builder/);
    assert.match(value ?? '', /Declared in `template\.json:4`/);
  });

  it('accepts a builder named by its type, and explains an unknown name', () => {
    assert.match(legacyHover(at(LEGACY, '"qemu": {', 2)).value ?? '', /`qemu` builder[\s\S]*template\.json:3/);
    assert.match(legacyHover(at(LEGACY, '"missing"', 2)).value ?? '', /override 'missing' doesn't exist/);
  });

  it('hovers the settings inside an override as the provisioner settings they are', () => {
    const { value, hovered } = legacyHover(at(LEGACY, '"pause_before"', 2));
    assert.equal(hovered, '"pause_before"');
    assert.match(value ?? '', /\*\*pause_before\*\*[\s\S]*`shell` provisioner/);
  });
});

const HCL_BUILD = `source "amazon-ebs" "ubuntu" {
  ami_name = "x"
}

source "null" "ubuntu" {
  communicator = "none"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]

  source "source.null.ubuntu" {
    name = "fast"
  }

  provisioner "shell" {
    only = ["null.fast", "amazon-ebs.ubuntu"]
    override = {
      ubuntu = {
        inline = ["echo aws"]
      }
      "fast" = {}
      "amazon-ebs.ubuntu" = {}
    }
  }
}
`;

describe('hover on the names of an HCL2 build runs', () => {
  it('names the source an override key applies to, with its file and line', () => {
    const { value, hovered } = hoverAt(at(HCL_BUILD, 'ubuntu = {', 2));
    assert.equal(hovered, 'ubuntu');
    assert.match(value ?? '', /\*\*ubuntu\*\* · override for a source/);
    assert.match(value ?? '', /`source\.amazon-ebs\.ubuntu` declared in `main\.pkr\.hcl:1`/);
    assert.doesNotMatch(value ?? '', /null\.ubuntu/, 'the null source runs under its alias');
  });

  it('follows an alias, and explains a TYPE.NAME key that Packer ignores', () => {
    const alias = hoverAt(at(HCL_BUILD, '"fast" = {', 2)).value ?? '';
    assert.match(alias, /`source\.null\.ubuntu`, renamed `fast` in this build declared in `main\.pkr\.hcl:5`/);
    const typed = hoverAt(at(HCL_BUILD, '"amazon-ebs.ubuntu" = {', 2)).value ?? '';
    assert.match(typed, /Packer ignores this override[\s\S]*not `TYPE\.NAME`/);
  });

  it('hovers a setting inside the override as a setting of the provisioner', () => {
    const { value, hovered } = hoverAt(at(HCL_BUILD, 'inline = ["echo aws"]', 2));
    assert.equal(hovered, 'inline');
    assert.match(value ?? '', /\*\*inline\*\*[\s\S]*`shell` provisioner/);
  });

  it('shows what an alias in `only` stands for', () => {
    const { value, hovered } = hoverAt(at(HCL_BUILD, 'null.fast', 2));
    assert.equal(hovered, '"null.fast"');
    assert.match(value ?? '', /a source renamed by this build/);
    assert.match(value ?? '', /runs `source\.null\.ubuntu` under the name `fast`, given in `main\.pkr\.hcl:13`/);
  });
});

describe('hover on a variable type constraint', () => {
  const typeOf = (type: string, name = 'main.pkr.hcl') => {
    const text =
      name === 'main.pkr.hcl'
        ? `variable "v" {\n  type = ${type}\n}\n`
        : `{ "variable": { "v": { "type": ${JSON.stringify(type)} } } }`;
    return hoverAt(at(text, type, 1), name);
  };

  it('explains primitive and collection types in plain words', () => {
    assert.match(typeOf('string').value ?? '', /The value must be a string\./);
    assert.match(typeOf('list(string)').value ?? '', /The value must be a list of strings\./);
    assert.match(typeOf('set(number)').value ?? '', /a set of numbers \(no duplicates, in no order\)/);
    assert.match(typeOf('map(list(bool))').value ?? '', /a map of lists of bools .* \(keyed by strings\)/);
    assert.match(typeOf('any').value ?? '', /a value of any type[\s\S]*takes the type of the value given/);
  });

  it('lists the attributes of an object and the elements of a tuple', () => {
    const object = typeOf('map(object({ name = string, size = optional(number) }))');
    assert.equal(object.hovered, 'map(object({ name = string, size = optional(number) }))');
    assert.match(
      object.value ?? '',
      /a map of objects with `name` \(a string\), `size` \(a number, optional\) \(keyed by strings\)/,
    );
    assert.match(typeOf('tuple([string, number])').value ?? '', /exactly 2 elements \(a string, then a number\)/);
  });

  it('says when the constraint is not a type, and reads the string form of *.pkr.json', () => {
    assert.match(typeOf('lists(string)').value ?? '', /Not a type constraint Packer reads/);
    assert.match(typeOf('list(string', 'main.pkr.json').value ?? '', /Not a type constraint/);
    assert.match(typeOf('list(string)', 'main.pkr.json').value ?? '', /a list of strings/);
  });
});

describe('data-source outputs', () => {
  it('have a meaning for every output of every data source in the facts', () => {
    for (const [type, outputs] of Object.entries(hcl2Facts.dataSourceOutputs))
      for (const output of outputs) assert.ok(dataSourceOutputMeaning(type, output), `${type}.${output}`);
  });

  it('show the meaning on hover of data.TYPE.NAME.OUTPUT', () => {
    const text = `data "hcp-packer-version" "v" {\n}\nlocals {\n  f = data.hcp-packer-version.v.fingerprint\n}\n`;
    const { value } = hoverAt(at(text, 'fingerprint', 2));
    assert.match(value ?? '', /Output `fingerprint`\n\nThe fingerprint that identifies the version/);
  });
});
