/**
 * The rules about versions, on injected situations (Packer version, installed plugins, the releases
 * a setting exists in): legacy JSON on Packer 1.10+, settings the plugin version in use lacks,
 * functions and blocks newer than the Packer in use.
 */
import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';
import { situation } from '../../support/situations';

const HCL = 'file:///w/t/template.pkr.hcl';
const AMAZON = 'github.com/hashicorp/amazon';

describe('rule plugin-not-installed', () => {
  const JSON_URI = 'file:///w/lab/template.json';
  const LEGACY =
    '{\n  "builders": [{ "type": "amazon-ebs", "region": "us-east-1" }],\n  "provisioners": [{ "type": "shell", "inline": ["true"] }]\n}\n';
  ruleTester('plugin-not-installed', {
    valid: [
      {
        name: 'installed',
        code: LEGACY,
        uri: JSON_URI,
        packer: situation({ packer: '1.11.0', installed: [`${AMAZON}@1.2.0`] }),
      },
      { name: 'bundled in 1.9', code: LEGACY, uri: JSON_URI, packer: situation({ packer: '1.9.4', installed: [] }) },
      { name: 'Packer unknown', code: LEGACY, uri: JSON_URI, packer: situation({ installed: [] }) },
    ],
    invalid: [
      {
        code: LEGACY,
        uri: JSON_URI,
        packer: situation({ packer: '1.11.0', installed: [] }),
        messages: [
          /^Packer 1\.11\.0 says: "The builder amazon-ebs is unknown by Packer, and is likely part of a plugin that is not installed\." .*packer plugins install github\.com\/hashicorp\/amazon/,
        ],
        command: 'packer.installPlugin',
      },
    ],
  });
});

describe('rule setting-needs-newer-plugin', () => {
  const PROXMOX = (constraint: string) => `packer {
  required_plugins {
    proxmox = {
      source  = "github.com/hashicorp/proxmox"
      version = "${constraint}"
    }
  }
}

source "proxmox-iso" "vm" {
  boot_iso {
    iso_file = "local:iso/debian.iso"
  }
  old_setting = true
}
`;
  const ranges = {
    'builder/proxmox-iso/boot_iso': { since: '1.2.0' },
    'builder/proxmox-iso/old_setting': { until: '1.1.0' },
  };
  ruleTester('setting-needs-newer-plugin', {
    valid: [
      {
        name: 'no installed version lacks it',
        code: PROXMOX('>= 1.2.0'),
        uri: HCL,
        packer: situation({ installed: [], ranges: { 'builder/proxmox-iso/boot_iso': { since: '1.2.0' } } }),
      },
    ],
    invalid: [
      {
        name: 'installed 1.1.8 is the version in use',
        code: PROXMOX('~> 1.1').replace('  old_setting = true\n', ''),
        uri: HCL,
        packer: situation({ installed: ['github.com/hashicorp/proxmox@1.1.8'], ranges }),
        messages: [/^`boot_iso` needs proxmox 1\.2\.0 or later; the version in use is 1\.1\.8 \(installed\)\.$/],
        output: PROXMOX('~> 1.2').replace('  old_setting = true\n', ''),
      },
      {
        name: 'a setting removed before the version in use: no constraint to raise',
        code: PROXMOX('~> 1.1').replace('  boot_iso {\n    iso_file = "local:iso/debian.iso"\n  }\n', ''),
        uri: HCL,
        packer: situation({ installed: ['github.com/hashicorp/proxmox@1.1.8'], ranges }),
        messages: [
          /^`old_setting` was removed from proxmox after 1\.1\.0; the version in use is 1\.1\.8 \(installed\)/,
        ],
      },
      {
        name: 'nothing installed: the newest release the constraint allows; its ceiling is the user’s to lift',
        code: PROXMOX('>= 1.0.0, < 1.2.0'),
        uri: HCL,
        packer: situation({ installed: [], ranges: { 'builder/proxmox-iso/boot_iso': { since: '1.2.0' } } }),
        messages: [/needs proxmox 1\.2\.0 or later; the version in use is 1\.1\.8 \(the newest release allowed\)/],
      },
    ],
  });
});

describe('rule setting-needs-newer-plugin: a release that lacks a setting its neighbours have', () => {
  const code = '{\n  "builders": [{ "type": "proxmox-iso", "boot_iso": { "iso_file": "x" } }]\n}\n';
  const ranges = { 'builder/proxmox-iso/boot_iso': { since: '1.2.0', absentIn: ['1.2.2'] } };
  ruleTester('setting-needs-newer-plugin', {
    valid: [
      {
        code,
        uri: 'file:///w/j/template.json',
        packer: situation({ installed: ['github.com/hashicorp/proxmox@1.2.3'], ranges }),
      },
    ],
    invalid: [
      {
        code,
        uri: 'file:///w/j/template.json',
        packer: situation({ installed: ['github.com/hashicorp/proxmox@1.2.2'], ranges }),
        messages: [
          /^`boot_iso` is missing from proxmox 1\.2\.2, the version in use \(installed\), though releases before and after it have it\.$/,
        ],
      },
    ],
  });
});

describe('rule setting-needs-newer-plugin in a legacy JSON template', () => {
  const JSON_URI = 'file:///w/j/template.json';
  const code =
    '{\n  "builders": [{ "type": "proxmox-iso", "boot_iso": { "iso_file": "x" }, "ssh_wait_timeout": "5m" }]\n}\n';
  const ranges = {
    'builder/proxmox-iso/boot_iso': { since: '1.2.0' },
    'builder/proxmox-iso/ssh_wait_timeout': { until: '1.0.0' },
  };
  ruleTester('setting-needs-newer-plugin', {
    valid: [
      { name: 'not installed: no version in use', code, uri: JSON_URI, packer: situation({ installed: [], ranges }) },
    ],
    invalid: [
      {
        name: 'the highest installed version is the one Packer loads; a deprecated key is deprecated-setting’s',
        code,
        uri: JSON_URI,
        packer: situation({
          installed: ['github.com/hashicorp/proxmox@1.0.5', 'github.com/hashicorp/proxmox@1.1.8'],
          ranges,
        }),
        messages: [/^`boot_iso` needs proxmox 1\.2\.0 or later; the version in use is 1\.1\.8 \(installed\)\.$/],
      },
    ],
  });
});

describe('rule newer-packer-feature', () => {
  ruleTester('newer-packer-feature', {
    valid: [
      { name: 'Packer unknown', code: 'locals {\n  total = sum([1, 2])\n}\n', uri: HCL },
      {
        name: 'new enough',
        code: 'locals {\n  total = sum([1, 2])\n}\n',
        uri: HCL,
        packer: situation({ packer: '1.13.0' }),
      },
    ],
    invalid: [
      {
        name: 'a function of 1.13 on Packer 1.12',
        code: 'locals {\n  total = sum([1, 2])\n}\n',
        uri: HCL,
        packer: situation({ packer: '1.12.0' }),
        messages: [/^The function `sum` arrived in Packer 1\.13\.0; the Packer in use is 1\.12\.0\.$/],
      },
      {
        name: 'required_version admits older releases',
        code: 'packer {\n  required_version = ">= 1.7.0"\n}\n\nhcp_packer_registry {\n  bucket_name = "b"\n}\n\nlocals {\n  ok = startswith("ab", "a")\n}\n',
        uri: HCL,
        messages: [
          /^A top-level `hcp_packer_registry` block arrived in Packer 1\.13\.0; required_version allows Packer 1\.7\.0\.$/,
          /^The function `startswith` arrived in Packer 1\.13\.0/,
        ],
      },
      {
        name: 'continue_on_error and optional() of 1.16',
        code: 'variable "o" {\n  type = object({ a = optional(string, "x") })\n}\n\nsource "null" "n" {\n  communicator = "none"\n}\n\nbuild {\n  sources = ["source.null.n"]\n  provisioner "shell-local" {\n    inline            = ["true"]\n    continue_on_error = true\n  }\n}\n',
        uri: HCL,
        packer: situation({ packer: '1.15.0' }),
        messages: [
          /^`optional\(\)` in an object type arrived in Packer 1\.16\.0/,
          /^The provisioner meta-argument `continue_on_error` arrived in Packer 1\.16\.0/,
        ],
      },
    ],
  });
});
