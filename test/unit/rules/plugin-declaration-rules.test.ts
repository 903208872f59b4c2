/**
 * The rules about declaring plugins, on injected situations (Packer version, installed plugins):
 * each says what Packer would do in that situation, and no more.
 */
import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';
import { situation } from '../../support/situations';

const HCL = 'file:///w/t/template.pkr.hcl';
const AMAZON = 'github.com/hashicorp/amazon';

const EBS = `source "amazon-ebs" "web" {
  region = "us-east-1"
}

build {
  sources = ["source.amazon-ebs.web"]
}
`;

const DECLARED_EBS = `packer {
  required_plugins {
    amazon = {
      source  = "${AMAZON}"
      version = "~> 1"
    }
  }
}

${EBS}`;

describe('rule undeclared-plugin', () => {
  ruleTester('undeclared-plugin', {
    valid: [
      { name: 'declared', code: DECLARED_EBS, uri: HCL, packer: situation({ packer: '1.11.0', installed: [] }) },
      {
        name: 'declared under another name (discovery names it after its binary)',
        code: DECLARED_EBS.replace('amazon = {', 'aws = {'),
        uri: HCL,
        packer: situation({ packer: '1.11.0', installed: [] }),
      },
      { name: 'core components only', code: 'source "null" "x" {\n  communicator = "none"\n}\n', uri: HCL },
      { name: 'Packer 1.6.6 has no required_plugins', code: EBS, uri: HCL, packer: situation({ packer: '1.6.6' }) },
    ],
    invalid: [
      {
        name: 'Packer 1.11 with no plugin installed: the build stops',
        code: EBS,
        uri: HCL,
        packer: situation({ packer: '1.11.0', installed: [] }),
        messages: [
          /^Packer 1\.11\.0 bundles no plugin, .* not installed: the build stops with "Unknown source type amazon-ebs"/,
        ],
        output: `packer {
  required_plugins {
    amazon = {
      source  = "${AMAZON}"
      version = "~> 1"
    }
  }
}

${EBS}`,
      },
      {
        name: 'installed: Packer loads it, packer init elsewhere does not',
        code: `packer {
  required_version = ">= 1.10.0"
}

${EBS}`,
        uri: HCL,
        packer: situation({ packer: '1.11.0', installed: [`${AMAZON}@2.1.0`] }),
        messages: [/Packer loads the installed 2\.1\.0 here, but `packer init` on another machine .* installs nothing/],
        output: `packer {
  required_version = ">= 1.10.0"
  required_plugins {
    amazon = {
      source  = "${AMAZON}"
      version = "~> 2"
    }
  }
}

${EBS}`,
      },
      {
        name: 'Packer 1.9 bundles it: a note for later releases',
        code: EBS,
        uri: HCL,
        packer: situation({ packer: '1.9.4', installed: [] }),
        messages: [/bundled with Packer 1\.9\.4; Packer 1\.10 and later bundle no plugin/],
        output: DECLARED_EBS,
      },
      {
        name: 'Packer unknown: no failure claimed as certain',
        code: EBS,
        uri: HCL,
        messages: [/Packer 1\.10 and later stop with "Unknown source type amazon-ebs" unless it is installed/],
        output: DECLARED_EBS,
      },
      {
        name: 'required_version says 1.10 or later',
        code: `packer {
  required_version = ">= 1.10.0"
  required_plugins {
    docker = {
      source  = "github.com/hashicorp/docker"
      version = "~> 1"
    }
  }
}

${EBS}`,
        uri: HCL,
        packer: situation({ installed: [] }),
        messages: [/^Packer 1\.10\.0 and later \(required_version\) bundles no plugin/],
        output: `packer {
  required_version = ">= 1.10.0"
  required_plugins {
    docker = {
      source  = "github.com/hashicorp/docker"
      version = "~> 1"
    }
    amazon = {
      source  = "${AMAZON}"
      version = "~> 1"
    }
  }
}

${EBS}`,
      },
    ],
  });
});

describe('rule wrong-plugin-source', () => {
  ruleTester('wrong-plugin-source', {
    valid: [
      { code: DECLARED_EBS, uri: HCL },
      {
        name: 'the accessor renames the components',
        code: DECLARED_EBS.replace('amazon = {', 'aws = {').replace(/amazon-ebs/g, 'aws-ebs'),
        uri: HCL,
      },
      { name: 'a source we do not know', code: DECLARED_EBS.replace(AMAZON, 'github.com/someone/amazon'), uri: HCL },
    ],
    invalid: [
      {
        name: "the tutorial's vsphere source for an amazon-ebs build",
        code: DECLARED_EBS.replace(AMAZON, 'github.com/hashicorp/vsphere'),
        uri: HCL,
        messages: [
          /^builder "amazon-ebs" comes from github\.com\/hashicorp\/amazon, but required_plugins declares "amazon" with source github\.com\/hashicorp\/vsphere/,
        ],
        output: DECLARED_EBS,
      },
      {
        name: 'a type the declared plugin does not bring, under a renamed accessor',
        code: DECLARED_EBS.replace('amazon = {', 'aws = {').replace(/amazon-ebs/g, 'aws-ebz'),
        uri: HCL,
        messages: [
          /^The amazon plugin \(github\.com\/hashicorp\/amazon\), declared as "aws", has no builder "aws-ebz"\. Did you mean "aws-ebs"\?/,
        ],
        output: DECLARED_EBS.replace('amazon = {', 'aws = {')
          .replace(/amazon-ebs"/, 'aws-ebs"')
          .replace('source.amazon-ebs.web', 'source.aws-ebz.web'),
      },
    ],
  });
});

describe('rule missing-plugin', () => {
  ruleTester('missing-plugin', {
    valid: [
      { name: 'installed', code: DECLARED_EBS, uri: HCL, packer: situation({ installed: [`${AMAZON}@1.3.0`] }) },
      { name: 'plugin folder unknown', code: DECLARED_EBS, uri: HCL },
      {
        name: 'Packer 1.6.6 reads no required_plugins',
        code: DECLARED_EBS,
        uri: HCL,
        packer: situation({ packer: '1.6.6', installed: [] }),
      },
    ],
    invalid: [
      {
        name: 'nothing installed',
        code: DECLARED_EBS,
        uri: HCL,
        packer: situation({ installed: [] }),
        messages: [
          /^Missing plugin github\.com\/hashicorp\/amazon ~> 1: none is installed in \/plugins; packer init would install 1\.8\.2\. Packer stops with "Missing plugins"; run Packer: Init\.$/,
        ],
        command: 'packer.init',
      },
      {
        name: 'only versions the constraint refuses',
        code: DECLARED_EBS,
        uri: HCL,
        packer: situation({ installed: [`${AMAZON}@0.9.0`, 'github.com/someone/amazon@1.5.0'] }),
        messages: [/the installed 0\.9\.0 does not satisfy it/],
        command: 'packer.init',
      },
    ],
  });
});

describe('rule duplicate-required-plugin', () => {
  const other = '/w/t/plugins.pkr.hcl';
  ruleTester('duplicate-required-plugin', {
    valid: [{ code: DECLARED_EBS, uri: HCL, files: { [other]: 'packer {\n  required_version = ">= 1.7.0"\n}\n' } }],
    invalid: [
      {
        name: 'the same declaration in another file of the folder',
        code: DECLARED_EBS,
        uri: HCL,
        files: {
          [other]:
            'packer {\n  required_plugins {\n    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = "~> 1"\n    }\n  }\n}\n',
        },
        messages: [
          /^This file and plugins\.pkr\.hcl both declare the plugin "amazon": Packer cannot build this folder as one configuration \(`Duplicate required_plugin\."amazon" block`\)\. If the files are templates of their own, build each alone/,
        ],
      },
      {
        name: 'the same declaration twice in one file',
        code: DECLARED_EBS.replace(
          '  }\n}',
          '    amazon = {\n      source  = "github.com/hashicorp/amazon"\n      version = "~> 1"\n    }\n  }\n}',
        ),
        uri: HCL,
        messages: [
          /^The plugin name "amazon" is already declared above: Packer stops with `Duplicate required_plugin\."amazon" block`/,
        ],
        output: DECLARED_EBS,
      },
      {
        name: 'two different plugins under one name: no fix chooses for the user',
        code: DECLARED_EBS.replace(
          '  }\n}',
          '    amazon = {\n      source = "github.com/hashicorp/docker"\n    }\n  }\n}',
        ),
        uri: HCL,
        messages: [/already declared above/],
      },
    ],
  });
});

describe('rule unknown-component-type with required_plugins accessors', () => {
  const renamed = DECLARED_EBS.replace('amazon = {', 'aws = {').replace(/amazon-ebs/g, 'aws-ebs');
  ruleTester('unknown-component-type', {
    valid: [
      { name: 'an accessor renames the plugin’s components', code: renamed, uri: HCL },
      {
        name: 'a typo under an accessor is wrong-plugin-source’s',
        code: renamed.replace(/aws-ebs/g, 'aws-ebz'),
        uri: HCL,
      },
    ],
    invalid: [
      {
        name: 'an accessor whose source is unknown: the type may come from it',
        code: renamed.replace(AMAZON, 'github.com/someone/aws'),
        uri: HCL,
        messages: [/^"aws-ebs" is not a builder type that Packer ships; if it comes from a plugin/],
      },
    ],
  });
});
