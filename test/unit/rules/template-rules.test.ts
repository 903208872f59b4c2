import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

describe('unknown-component-type', () => {
  ruleTester('unknown-component-type', {
    valid: [
      {
        code: '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shell-local", "inline": ["true"]}]}',
      },
      { name: 'a plugin builder', code: '{"builders": [{"type": "vmware-iso"}]}' },
      { name: 'a templated type', code: '{"builders": [{"type": "{{user `builder`}}"}]}' },
    ],
    invalid: [
      {
        code: '{"builders": [{"type": "amazon-ebz"}]}',
        messages: [/Unknown builder type "amazon-ebz" \(builder 1\)\. Did you mean "amazon-ebs"\?/],
        output: '{"builders": [{"type": "amazon-ebs"}]}',
      },
      {
        code: '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shel", "inline": ["x"]}]}',
        messages: [/Unknown provisioner type "shel".*"shell"/],
        output:
          '{"builders": [{"type": "null", "communicator": "none"}], "provisioners": [{"type": "shell", "inline": ["x"]}]}',
      },
      {
        name: 'a string post-processor',
        code: '{"builders": [{"type": "null", "communicator": "none"}], "post-processors": ["compres"]}',
        messages: [/post-processor type "compres".*"compress"/],
        output: '{"builders": [{"type": "null", "communicator": "none"}], "post-processors": ["compress"]}',
      },
      {
        name: 'a plugin type we do not know is information, without a guess',
        code: '{"builders": [{"type": "my-cloud-builder"}]}',
        messages: [/not a builder type that Packer ships.*plugin/],
      },
    ],
  });
});

describe('undefined-variable', () => {
  const head =
    '{"variables": {"region": "us-east-1", "ami_prefix": null}, "builders": [{"type": "null", "communicator": "none", "name": ';
  ruleTester('undefined-variable', {
    valid: [
      { code: `${head}"{{user \`region\`}}"}]}` },
      { name: 'double-quoted argument', code: `${head}"{{ user \\"ami_prefix\\" }}"}]}` },
    ],
    invalid: [
      {
        code: `${head}"{{user \`regoin\`}}"}]}`,
        messages: [/"regoin" is not declared.*empty string\. Did you mean "region"\?/],
        output: `${head}"{{user \`region\`}}"}]}`,
      },
      {
        name: 'no close name: declare it, keeping the empty value',
        code: `${head}"{{user \`build_id\`}}"}]}`,
        messages: [/"build_id" is not declared/],
        output: `{"variables": {"region": "us-east-1", "ami_prefix": null, "build_id": ""}, "builders": [{"type": "null", "communicator": "none", "name": "{{user \`build_id\`}}"}]}`,
      },
      {
        name: 'no variables section yet',
        code: '{"builders": [{"type": "null", "communicator": "none", "name": "{{user `x`}}"}]}',
        messages: [/"x" is not declared/],
        output:
          '{"variables": {"x":""}, "builders": [{"type": "null", "communicator": "none", "name": "{{user `x`}}"}]}',
      },
    ],
  });
});

describe('duplicate-setting', () => {
  ruleTester('duplicate-setting', {
    valid: [
      {
        code: '{"builders": [{"type": "null", "communicator": "none"}, {"type": "null", "communicator": "none", "name": "b"}]}',
      },
    ],
    invalid: [
      {
        code: '{"builders": [{"type": "null", "communicator": "none", "communicator": "ssh"}]}',
        messages: [/"communicator" is set twice/],
      },
    ],
  });
});

describe('legacy-json-template', () => {
  ruleTester('legacy-json-template', {
    valid: [],
    invalid: [
      {
        code: '{"builders": [{"type": "null", "communicator": "none"}]}',
        messages: [/legacy JSON template.*hcl2_upgrade/],
      },
    ],
  });
});

describe('unknown-build-name', () => {
  const builders =
    '"builders": [{"type": "null", "name": "web", "communicator": "none"}, {"type": "null", "name": "db", "communicator": "none"}]';
  ruleTester('unknown-build-name', {
    valid: [
      {
        code: `{${builders}, "provisioners": [{"type": "shell-local", "inline": ["true"], "only": ["web"], "override": {"db": {"inline": ["x"]}}}]}`,
      },
      {
        name: 'templated builder names',
        code: '{"builders": [{"type": "null", "name": "{{user `n`}}"}], "provisioners": [{"type": "shell-local", "inline": ["true"], "only": ["x"]}]}',
      },
      {
        name: 'the type is the default name',
        code: '{"builders": [{"type": "null", "communicator": "none"}], "post-processors": [{"type": "manifest", "only": ["null"]}]}',
      },
    ],
    invalid: [
      {
        code: `{${builders}, "provisioners": [{"type": "shell-local", "inline": ["true"], "only": ["wbe"]}]}`,
        messages: [/No builder is named "wbe" \(in "only" of provisioner 1\).*Did you mean "web"\?/],
        output: `{${builders}, "provisioners": [{"type": "shell-local", "inline": ["true"], "only": ["web"]}]}`,
      },
      {
        code: `{${builders}, "provisioners": [{"type": "shell-local", "inline": ["true"], "override": {"cache": {"inline": ["x"]}}}]}`,
        messages: [/No builder is named "cache" \(in "override" of provisioner 1\).*The builders are "web", "db"/],
      },
      {
        code: `{${builders}, "post-processors": [[{"type": "manifest", "except": ["zzz"]}]]}`,
        messages: [/"except" of post-processor 1\.1/],
      },
    ],
  });
});

describe('unknown-setting in overrides', () => {
  ruleTester('unknown-setting', {
    valid: [],
    invalid: [
      {
        code: '{"builders": [{"type": "null", "name": "a", "communicator": "none"}], "provisioners": [{"type": "shell-local", "inline": ["true"], "override": {"a": {"inlin": ["x"]}}}]}',
        messages: [/Unknown setting "inlin" in the override for "a" of the shell-local provisioner.*"inline"/],
        output:
          '{"builders": [{"type": "null", "name": "a", "communicator": "none"}], "provisioners": [{"type": "shell-local", "inline": ["true"], "override": {"a": {"inline": ["x"]}}}]}',
      },
    ],
  });
});
