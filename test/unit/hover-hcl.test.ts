/**
 * Hover in HCL2 files, through the service façade. `|` marks the cursor; `files` is a virtual
 * folder (absolute paths) that the file under test belongs to.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cursorIn, HOVER_FOLDER as FOLDER, hoverAt } from './hover-support';

const SOURCE = `source "amazon-ebs" "web" {
  ami_name      = "web"
  source_ami    = "ami-123"
  instance_type = "t3.micro"
  ssh_username  = "ec2-user"
  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = 20
  }
}
`;

const at = (text: string, word: string, within = 1) => cursorIn(text, word, within);

describe('hover on HCL2 settings', () => {
  it('shows the type, the docs link and that a key is always required', () => {
    const { value, hovered } = hoverAt(at(SOURCE, 'ami_name'));
    assert.equal(hovered, 'ami_name');
    assert.match(value ?? '', /\*\*ami_name\*\* · `string`/);
    assert.match(value ?? '', /\*\*Required\.\*\*/);
    assert.match(
      value ?? '',
      /\(https:\/\/developer\.hashicorp\.com\/packer\/integrations\/hashicorp\/amazon\/latest\/components\/builder\/ebs#ami_name\)/,
    );
  });

  it('says when a key is required from the constraints, not from the source tags', () => {
    const { value } = hoverAt(at(SOURCE, 'source_ami '));
    assert.match(value ?? '', /\*\*Required\*\* unless `source_ami_filter` is set\./);
    const ssh = hoverAt(at(SOURCE, 'ssh_username')).value ?? '';
    assert.match(ssh, /\*\*Required\*\* when `communicator` is `ssh` \(the default\)\./);
  });

  it('shows defaults and marks optional settings', () => {
    const text = SOURCE.replace('ssh_username', 'ssh_port = 22\n  ssh_username');
    const { value } = hoverAt(at(text, 'ssh_port'));
    assert.match(value ?? '', /Optional\./);
    assert.match(value ?? '', /Default: `22`/);
    assert.match(value ?? '', /`number`/);
  });

  it('knows settings of nested blocks and the block itself', () => {
    const nested = hoverAt(at(SOURCE, 'volume_size')).value ?? '';
    assert.match(
      nested,
      /\*\*volume_size\*\* · `number` — setting of the `launch_block_device_mappings` block of the `amazon-ebs` builder/,
    );
    const block = hoverAt(at(SOURCE, 'launch_block_device_mappings'));
    assert.equal(block.hovered, 'launch_block_device_mappings');
    assert.match(block.value ?? '', /`list of blocks`/);
  });

  it('reads the settings inside a dynamic block as the generated blocks', () => {
    const text = `source "amazon-ebs" "web" {
  dynamic "launch_block_device_mappings" {
    for_each = ["a"]
    content {
      volume_size = 10
    }
  }
}`;
    assert.match(hoverAt(at(text, 'volume_size')).value ?? '', /setting of the `launch_block_device_mappings` block/);
    assert.match(hoverAt(at(text, '"launch_block', 2)).value ?? '', /\*\*launch_block_device_mappings\*\*/);
    assert.match(hoverAt(at(text, 'dynamic')).value ?? '', /\*\*dynamic\*\* block/);
  });

  it('shows provisioner meta settings and settings of build-level sources', () => {
    const text = `build {
  source "source.amazon-ebs.web" {
    ami_name = "other"
  }
  provisioner "shell" {
    only         = ["amazon-ebs.web"]
    pause_before = "10s"
    inline       = ["echo hi"]
  }
}`;
    const only = hoverAt(at(text, 'only'), 'build.pkr.hcl', { [`${FOLDER}/sources.pkr.hcl`]: SOURCE }).value ?? '';
    assert.match(only, /\*\*only\*\* · `list\(string\)`/);
    assert.match(only, /builds/);
    assert.match(only, /hcl_templates\/blocks\/build\/provisioner/);
    assert.match(hoverAt(at(text, 'pause_before')).value ?? '', /`duration`/);
    assert.match(hoverAt(at(text, 'inline')).value ?? '', /\*\*Required\*\* unless `script` or `scripts` is set/);
    assert.match(hoverAt(at(text, 'ami_name')).value ?? '', /setting of the `amazon-ebs` builder/);
    const named = hoverAt(at('build {\n  provisioner "shell" {\n    name = "x"\n  }\n}', 'name')).value ?? '';
    assert.match(named, /\*\*name\*\* · setting of every provisioner/);
  });
});

describe('hover in HCL2 JSON files (*.pkr.json)', () => {
  const JSON_CONFIG = `{
  "variable": { "region": { "type": "string", "default": "x" } },
  "source": { "amazon-ebs": { "web": { "ami_name": "a", "region": "\${var.region}" } } }
}`;

  it('reads block keys, labels, settings and references as in native syntax', () => {
    const hover = (word: string, within: number) => hoverAt(at(JSON_CONFIG, word, within), 'main.pkr.json');
    assert.match(hover('"source"', 2).value ?? '', /\*\*source\*\* block/);
    assert.match(hover('"amazon-ebs"', 3).value ?? '', /\*\*amazon-ebs\*\* · builder/);
    assert.match(hover('"ami_name"', 3).value ?? '', /\*\*ami_name\*\* · `string`/);
    const variable = hover('var.region', 5);
    assert.equal(variable.hovered, 'var.region');
    assert.match(variable.value ?? '', /\*\*var\.region\*\* · variable · `string`/);
    assert.match(hover('"region": {', 3).value ?? '', /declared in `main\.pkr\.json:2`/);
  });
});

describe('hover on HCL2 structure', () => {
  it('explains block keywords', () => {
    for (const [text, word, expected] of [
      ['source "amazon-ebs" "x" {}', 'source', /\*\*source\*\* block/],
      ['build {}', 'build', /\*\*build\*\* block/],
      ['variable "x" {}', 'variable', /input variable/],
      ['locals {\n  a = 1\n}', 'locals', /local\.NAME/],
      ['data "amazon-ami" "x" {}', 'data', /data\.TYPE\.NAME\.ATTRIBUTE/],
      ['packer {\n  required_plugins {}\n}', 'packer', /plugins/],
      ['packer {\n  required_plugins {}\n}', 'required_plugins', /packer init/],
      ['build {\n  provisioner "shell" {}\n}', 'provisioner', /\*\*provisioner\*\* block/],
      [
        'build {\n  post-processors {\n    post-processor "manifest" {}\n  }\n}',
        'post-processor ',
        /\*\*post-processor\*\* block/,
      ],
    ] as const) {
      const { value, hovered } = hoverAt(at(text, word));
      assert.match(value ?? '', expected, `${word} in ${text}`);
      assert.equal(hovered, word.trim());
    }
  });

  it('describes component types with their docs link', () => {
    const { value, hovered } = hoverAt(at(SOURCE, 'amazon-ebs', 2));
    assert.equal(hovered, '"amazon-ebs"');
    assert.match(value ?? '', /\*\*amazon-ebs\*\* · builder/);
    assert.match(value ?? '', /Launches an EC2 instance/);
    assert.match(value ?? '', /components\/builder\/ebs\)/);
    const shell = hoverAt(at('build {\n  provisioner "shell" {}\n}', '"shell"', 2)).value ?? '';
    assert.match(shell, /\*\*shell\*\* · provisioner/);
    assert.match(hoverAt(at('source "no-such" "x" {}', 'no-such')).value ?? '', /Unknown builder type `no-such`/);
  });

  it('explains the arguments of variable and build blocks', () => {
    assert.match(hoverAt(at('variable "x" {\n  sensitive = true\n}', 'sensitive')).value ?? '', /hides the value/);
    assert.match(hoverAt(at('build {\n  sources = []\n}', 'sources')).value ?? '', /source\.TYPE\.NAME/);
  });
});

const VARIABLES = `variable "region" {
  type        = string
  default     = "us-east-1"
  description = "Where to build."
}

variable "password" {
  type      = string
  default   = "hunter2"
  sensitive = true
}

variable "count_of" {
  type = number
}
`;

const FILES = {
  [`${FOLDER}/variables.pkr.hcl`]: VARIABLES,
  [`${FOLDER}/prod.auto.pkrvars.hcl`]: 'region   = "eu-west-1"\npassword = "secret-value"\n',
  [`${FOLDER}/staging.pkrvars.hcl`]: '\nregion = "us-west-2"\n',
};

describe('hover on HCL2 variables', () => {
  const USE = `source "amazon-ebs" "web" {
  region   = var.region
  password = var.password
  count    = var.count_of
}`;

  it('shows type, default, description and every place that sets it', () => {
    const { value, hovered } = hoverAt(at(USE, 'var.region', 5), 'main.pkr.hcl', FILES);
    assert.equal(hovered, 'var.region');
    const text = value ?? '';
    assert.match(text, /\*\*var\.region\*\* · variable · `string`/);
    assert.match(text, /Default: `"us-east-1"`/);
    assert.match(text, /Where to build\./);
    assert.match(text, /declared in `variables\.pkr\.hcl:1`, default `"us-east-1"`/);
    assert.match(text, /set to `"eu-west-1"` in `prod\.auto\.pkrvars\.hcl:1` \(loaded automatically\)/);
    assert.match(
      text,
      /set to `"us-west-2"` in `staging\.pkrvars\.hcl:2` \(only with `-var-file=staging\.pkrvars\.hcl`\)/,
    );
    assert.match(text, /`PKR_VAR_region`/);
  });

  it('masks the values of sensitive variables everywhere', () => {
    const text = hoverAt(at(USE, 'var.password', 6), 'main.pkr.hcl', FILES).value ?? '';
    assert.match(text, /sensitive/);
    assert.match(text, /Default: `\(sensitive\)`/);
    assert.doesNotMatch(text, /hunter2|secret-value/);
  });

  it('says when a variable has no default', () => {
    assert.match(
      hoverAt(at(USE, 'var.count_of', 6), 'main.pkr.hcl', FILES).value ?? '',
      /No default: a value must be set\./,
    );
  });

  it('hovers the declaration label and var-file assignments alike', () => {
    const label = hoverAt(at(VARIABLES, '"region"', 2), 'variables.pkr.hcl', FILES);
    assert.equal(label.hovered, '"region"');
    assert.match(label.value ?? '', /\*\*var\.region\*\*/);
    const assigned = hoverAt('reg|ion = "x"\n', 'prod.auto.pkrvars.hcl', {
      [`${FOLDER}/variables.pkr.hcl`]: VARIABLES,
    });
    assert.match(assigned.value ?? '', /Default: `"us-east-1"`/);
  });

  it('reports an undeclared variable as such', () => {
    assert.match(hoverAt('x = var.nope|\n').value ?? '', /Not declared in this folder/);
  });
});

describe('hover on HCL2 references and functions', () => {
  const CONFIG = `locals {
  stamp = formatdate("YYYYMMDD", timestamp())
}

data "amazon-ami" "ubuntu" {
  owners = ["099720109477"]
}

source "amazon-ebs" "web" {
  source_ami = data.amazon-ami.ubuntu.id
  ami_name   = "web-\${local.stamp}"
  tags = {
    Name = upper(local.stamp)
  }
}

build {
  sources = ["source.amazon-ebs.web"]
  provisioner "shell" {
    inline = ["echo \${build.ID} \${source.name} \${path.root}"]
  }
}
`;

  it('shows a local’s expression and where it is declared', () => {
    const { value, hovered } = hoverAt(at(CONFIG, 'local.stamp}', 8));
    assert.equal(hovered, 'local.stamp');
    assert.match(value ?? '', /formatdate\("YYYYMMDD", timestamp\(\)\)/);
    assert.match(value ?? '', /Declared in `main\.pkr\.hcl:2`/);
  });

  it('resolves data source outputs and sources', () => {
    const data = hoverAt(at(CONFIG, '.id', 2));
    assert.equal(data.hovered, 'data.amazon-ami.ubuntu.id');
    assert.match(data.value ?? '', /Output `id`/);
    assert.match(data.value ?? '', /The id of the AMI found/);
    assert.match(data.value ?? '', /Declared in `main\.pkr\.hcl:5`/);
    const source = hoverAt(at(CONFIG, 'source.amazon-ebs.web"', 3));
    assert.equal(source.hovered, '"source.amazon-ebs.web"');
    assert.match(source.value ?? '', /\*\*source\.amazon-ebs\.web\*\* · `amazon-ebs` builder/);
    assert.match(source.value ?? '', /Declared in `main\.pkr\.hcl:9`/);
  });

  it('resolves a provisioner’s only entries and a data block’s name label', () => {
    const text = CONFIG.replace('inline = [', 'only   = ["amazon-ebs.web"]\n    inline = [');
    const only = hoverAt(at(text, '"amazon-ebs.web"', 3));
    assert.equal(only.hovered, '"amazon-ebs.web"');
    assert.match(only.value ?? '', /\*\*source\.amazon-ebs\.web\*\*/);
    const label = hoverAt(at(CONFIG, '"ubuntu"', 2)).value ?? '';
    assert.match(label, /\*\*data\.amazon-ami\.ubuntu\*\* · `amazon-ami` data source/);
    assert.match(label, /Outputs: `creation_date`, `id`/);
  });

  it('explains build and path references', () => {
    assert.match(hoverAt(at(CONFIG, 'build.ID', 7)).value ?? '', /\*\*build\.ID\*\*/);
    assert.match(hoverAt(at(CONFIG, 'source.name', 8)).value ?? '', /the name of the source being built/);
    assert.match(hoverAt(at(CONFIG, 'path.root', 6)).value ?? '', /folder of the configuration/);
  });

  it('shows a function’s signature and summary', () => {
    const { value, hovered } = hoverAt(at(CONFIG, 'upper', 2));
    assert.equal(hovered, 'upper');
    assert.match(value ?? '', /upper\(str string\) string/);
    assert.match(value ?? '', /upper case/);
  });

  it('shows Go-template functions inside HCL2 strings', () => {
    const text = 'source "amazon-ebs" "x" {\n  ami_name = "web-{{timestamp}}"\n}';
    const { value } = hoverAt(at(text, 'timestamp', 3));
    assert.ok(value === undefined || /timestamp/.test(value));
  });

  it('never throws anywhere in a file cut short at any point', () => {
    for (let cut = 0; cut <= CONFIG.length; cut += 23) {
      const text = CONFIG.slice(0, cut);
      for (let offset = 0; offset <= text.length; offset += 5) {
        const marked = text.slice(0, offset) + '|' + text.slice(offset);
        assert.doesNotThrow(() => hoverAt(marked), `cut ${cut}, offset ${offset}`);
      }
    }
  });

  it('stays quiet on unknown things and never throws on broken text', () => {
    assert.equal(hoverAt('source "amazon-ebs" "x" {\n  not_a_key| = 1\n}').value, undefined);
    for (const broken of [
      'source "amazon-ebs" {|',
      'build {\n  provisioner "shell" {\n    inline = [var.|',
      '|',
      'x = = |=',
      'locals { a = upper(|',
    ]) {
      assert.doesNotThrow(() => hoverAt(broken));
    }
  });
});
