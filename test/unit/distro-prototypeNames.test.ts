/**
 * Words that are names on Object.prototype (`constructor`, `toString`, `__proto__`...) must not
 * match the distro tables by accident: every public entry point takes them as ordinary text,
 * without throwing and without handing back a function or any other inherited value.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicableManagers,
  detectImageFamily,
  familyLabel,
  isManagerAvailable,
  literalText,
  majorVersion,
  managerAvailability,
  PACKAGE_MANAGERS,
  readDockerImage,
  readImageName,
  type DistroFamily,
  type ImageFamilyGuess,
} from '../../server/src/service/packer/distro/imageFamily';
import {
  findPackageManagerCommands,
  managersInstalledBy,
  type PackageCommand,
} from '../../server/src/service/packer/distro/shellCommands';
import { translateCommand } from '../../server/src/service/packer/distro/translate';

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
// The cloud tables are read lower-cased, so "CONSTRUCTOR" reaches them as "constructor".
const NAMES = [...new Set([...PROTO_NAMES, ...PROTO_NAMES.map((n) => n.toUpperCase())])];

/** Every family, checked complete by the compiler. */
const FAMILY_SET: Record<DistroFamily, true> = {
  debian: true,
  ubuntu: true,
  'amazon-linux-1': true,
  'amazon-linux-2': true,
  'amazon-linux-2023': true,
  rhel: true,
  centos: true,
  rocky: true,
  alma: true,
  oracle: true,
  fedora: true,
  photon: true,
  suse: true,
  alpine: true,
  arch: true,
  windows: true,
  freebsd: true,
  openbsd: true,
};
const FAMILIES = Object.keys(FAMILY_SET) as DistroFamily[];

/** Undefined, null, strings, numbers, booleans, and arrays, Sets and plain objects of them: nothing inherited, no functions. */
function assertPlain(value: unknown, where: string, seen = new Set<unknown>()): void {
  switch (typeof value) {
    case 'undefined':
    case 'string':
    case 'number':
    case 'boolean':
      return;
    case 'object':
      break;
    default:
      assert.fail(`${where}: a ${typeof value} in the result`);
  }
  if (value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value) || value instanceof Set) {
    let i = 0;
    for (const item of value as Iterable<unknown>) assertPlain(item, `${where}[${i++}]`, seen);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === null, `${where}: not a plain object`);
  for (const [k, v] of Object.entries(value)) assertPlain(v, `${where}.${k}`, seen);
}

// ---------------------------------------------------------------------------------------------
// Image-family detection

const AMAZON = ['amazon-ebs', 'amazon-ebssurrogate', 'amazon-ebsvolume', 'amazon-instance', 'amazon-chroot'];
const AZURE = ['azure-arm', 'azure-chroot', 'azure-dtl'];
const ISO = [
  'qemu',
  'virtualbox-iso',
  'vmware-iso',
  'vsphere-iso',
  'parallels-iso',
  'hyperv-iso',
  'proxmox-iso',
  'proxmox',
  'utm-iso',
  'cloudstack',
];
const FILE = ['vagrant', 'virtualbox-ovf', 'virtualbox-vm', 'vmware-vmx', 'parallels-pvm'];
const IMAGE = ['lxd', 'incus', 'digitalocean', 'hcloud', 'linode', 'scaleway'];
const BUILDERS = [
  ...AMAZON,
  'amazon-ami',
  'amazon-import',
  'googlecompute',
  ...AZURE,
  'docker',
  ...ISO,
  ...FILE,
  ...IMAGE,
  'vsphere-clone',
  'proxmox-clone',
  'alicloud-ecs',
  'openstack',
  'oracle-oci',
  'null',
];

type Config = Record<string, unknown>;

/**
 * One way a builder's settings can hold a value. `good` is a value that names a family through
 * this shape for the builders in `readBy`: checked first, so that the shape is known to be read.
 */
interface Shape {
  what: string;
  config: (v: string) => Config;
  readBy: readonly string[];
  good?: string;
}

const SHAPES: Shape[] = [
  // amazon-* builders
  {
    what: 'source_ami_filter name',
    config: (v) => ({ source_ami_filter: { filters: { name: v } } }),
    readBy: AMAZON,
    good: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*',
  },
  {
    what: 'source_ami_filter name list',
    config: (v) => ({ source_ami_filter: [{ filters: [{ name: [v, v] }] }] }),
    readBy: AMAZON,
    good: 'amzn2-ami-hvm-*',
  },
  {
    what: 'source_ami_filter owners',
    config: (v) => ({ source_ami_filter: { owners: [v] } }),
    readBy: AMAZON,
    good: '099720109477',
  },
  {
    what: 'source_ami_filter owner',
    config: (v) => ({ source_ami_filter: { owners: v } }),
    readBy: AMAZON,
    good: '099720109477',
  },
  {
    what: 'source_ami_filter name and owners',
    config: (v) => ({ source_ami_filter: { filters: { name: v }, owners: [v, 'amazon'] } }),
    readBy: AMAZON,
  },
  { what: 'source_ami_filter as a string', config: (v) => ({ source_ami_filter: v }), readBy: [] },
  { what: 'source_ami', config: (v) => ({ source_ami: v }), readBy: [] },
  // the amazon-ami data source
  {
    what: 'amazon-ami filters name',
    config: (v) => ({ filters: { name: v } }),
    readBy: ['amazon-ami'],
    good: 'al2023-ami-2023.*-x86_64',
  },
  { what: 'amazon-ami owners', config: (v) => ({ owners: [v] }), readBy: ['amazon-ami'], good: '136693071363' },
  // googlecompute
  {
    what: 'source_image',
    config: (v) => ({ source_image: v }),
    readBy: ['googlecompute', 'alicloud-ecs'],
    good: 'ubuntu-2204-jammy-v20240101',
  },
  {
    what: 'source_image_family',
    config: (v) => ({ source_image_family: v }),
    readBy: ['googlecompute'],
    good: 'debian-12',
  },
  {
    what: 'source_image_project_id',
    config: (v) => ({ source_image_project_id: v }),
    readBy: ['googlecompute'],
    good: 'ubuntu-os-cloud',
  },
  {
    what: 'source_image_project_id list',
    config: (v) => ({ source_image_project_id: [v, v] }),
    readBy: ['googlecompute'],
    good: 'rocky-linux-cloud',
  },
  // azure-*
  { what: 'image_publisher', config: (v) => ({ image_publisher: v }), readBy: AZURE, good: 'Canonical' },
  { what: 'image_offer', config: (v) => ({ image_offer: v }), readBy: AZURE, good: '0001-com-ubuntu-server-jammy' },
  { what: 'image_sku', config: (v) => ({ image_sku: v }), readBy: AZURE, good: 'ubuntu-22_04-lts-gen2' },
  {
    what: 'image_publisher/offer/sku',
    config: (v) => ({ image_publisher: v, image_offer: v, image_sku: v }),
    readBy: AZURE,
    good: 'RedHat',
  },
  {
    what: 'azure-chroot source URN',
    config: (v) => ({ source: `${v}:${v}:${v}:latest` }),
    readBy: ['azure-chroot'],
    good: 'SUSE',
  },
  { what: 'azure-chroot source', config: (v) => ({ source: v }), readBy: [] },
  { what: 'os_type', config: (v) => ({ os_type: v }), readBy: AZURE, good: 'Windows' },
  // docker and the builders that read `image`
  { what: 'image', config: (v) => ({ image: v }), readBy: ['docker', ...IMAGE], good: 'ubuntu:22.04' },
  {
    what: 'image with registry and tag',
    config: (v) => ({ image: `registry.example.com/${v}:${v}` }),
    readBy: ['docker'],
    good: 'alpine',
  },
  // ISO builders
  {
    what: 'iso_url',
    config: (v) => ({ iso_url: `https://example.com/${v}/${v}.iso` }),
    readBy: ISO,
    good: 'ubuntu-22.04',
  },
  {
    what: 'iso_url as the name alone',
    config: (v) => ({ iso_url: v }),
    readBy: ISO,
    good: 'debian-12.5.0-amd64-netinst.iso',
  },
  {
    what: 'iso_urls',
    config: (v) => ({ iso_urls: [v, `https://mirror.example.com/${v}.iso`] }),
    readBy: ISO,
    good: 'Rocky-9.3-x86_64-minimal',
  },
  {
    what: 'iso_paths',
    config: (v) => ({ iso_paths: [`[datastore1] iso/${v}.iso`] }),
    readBy: ISO,
    good: 'CentOS-7-x86_64-Minimal',
  },
  {
    what: 'iso_file',
    config: (v) => ({ iso_file: `local:iso/${v}.iso` }),
    readBy: ISO,
    good: 'alpine-virt-3.19.1-x86_64',
  },
  {
    what: 'boot_iso iso_file',
    config: (v) => ({ boot_iso: [{ iso_file: `local:iso/${v}.iso` }] }),
    readBy: ISO,
    good: 'Fedora-Server-dvd-x86_64-39',
  },
  { what: 'boot_iso as a string', config: (v) => ({ boot_iso: v }), readBy: [] },
  { what: 'guest_os_type', config: (v) => ({ guest_os_type: v }), readBy: ISO, good: 'Windows2019_64' },
  { what: 'guest_os', config: (v) => ({ guest_os: v }), readBy: ISO, good: 'windows9Server64Guest' },
  // boxes, disks, templates
  { what: 'source_path', config: (v) => ({ source_path: v }), readBy: FILE, good: 'generic/ubuntu2204' },
  {
    what: 'source_path as a file',
    config: (v) => ({ source_path: `./output/${v}/${v}.ovf` }),
    readBy: FILE,
    good: 'centos-7',
  },
  { what: 'template', config: (v) => ({ template: v }), readBy: ['vsphere-clone'], good: 'ubuntu-22.04-template' },
  { what: 'clone_vm', config: (v) => ({ clone_vm: v }), readBy: ['proxmox-clone'], good: 'debian-12-cloudinit' },
  // openstack, oracle-oci
  { what: 'source_image_name', config: (v) => ({ source_image_name: v }), readBy: ['openstack'], good: 'Ubuntu 22.04' },
  {
    what: 'source_image_filter name',
    config: (v) => ({ source_image_filter: { filters: { name: v } } }),
    readBy: ['openstack'],
    good: 'CentOS-Stream-9',
  },
  { what: 'source_image_filter as a string', config: (v) => ({ source_image_filter: v }), readBy: [] },
  {
    what: 'base_image_filter operating_system',
    config: (v) => ({ base_image_filter: { operating_system: v, operating_system_version: v } }),
    readBy: ['oracle-oci'],
    good: 'Oracle Linux',
  },
  {
    what: 'base_image_filter display_name',
    config: (v) => ({ base_image_filter: [{ display_name: v }] }),
    readBy: ['oracle-oci'],
    good: 'Canonical-Ubuntu-22.04-2024.01.12-0',
  },
  { what: 'base_image_filter as a string', config: (v) => ({ base_image_filter: v }), readBy: [] },
  // the name as a setting's name rather than its value
  { what: 'a setting of that name', config: (v) => ({ [v]: 'ubuntu-22.04' }), readBy: [] },
];

/** Every shape at once (later shapes win where two set the same setting). */
function everything(v: string): Config {
  return Object.assign({}, ...SHAPES.filter((s) => !s.what.startsWith('a setting')).map((s) => s.config(v))) as Config;
}

function detect(type: string, config: Config, where: string): ImageFamilyGuess | undefined {
  let guess: ImageFamilyGuess | undefined;
  assert.doesNotThrow(() => {
    guess = detectImageFamily(type, config);
  }, where);
  assertPlain(guess, where);
  return guess;
}

describe('Object.prototype names: image-family detection', () => {
  it('the shapes are read: a real value in each gives a guess', () => {
    let checked = 0;
    for (const shape of SHAPES) {
      if (shape.good === undefined) continue;
      for (const type of shape.readBy) {
        const guess = detect(type, shape.config(shape.good), `${type} ${shape.what} ${JSON.stringify(shape.good)}`);
        assert.ok(guess, `${type} ${shape.what} ${JSON.stringify(shape.good)} gives no guess: the shape is not read`);
        checked++;
      }
    }
    assert.ok(checked > 60, `only ${checked} shapes checked`);
  });

  for (const type of [...BUILDERS, ...NAMES]) {
    it(`${type}: every setting, and all of them at once`, () => {
      for (const name of NAMES) {
        for (const shape of SHAPES) {
          const where = `${type} ${shape.what} ${JSON.stringify(name)}`;
          assert.equal(detect(type, shape.config(name), where), undefined, `${where} names a family`);
        }
        const where = `${type} every setting ${JSON.stringify(name)}`;
        assert.equal(detect(type, everything(name), where), undefined, `${where} names a family`);
      }
    });
  }

  it('the reading helpers', () => {
    for (const name of NAMES) {
      for (const f of [readImageName, readDockerImage]) {
        const r = f(name);
        assertPlain(r, `${f.name}(${name})`);
        assert.equal(r.kind, 'none', `${f.name}(${name})`);
      }
      assert.equal(literalText(name), name);
      assert.equal(majorVersion(name), undefined);
      for (const family of FAMILIES) {
        assert.equal(managerAvailability(name, family), 'unknown', `${name} on ${family}`);
        assert.equal(isManagerAvailable(name, family), true, `${name} on ${family}`);
        const label = familyLabel(family, name);
        assert.equal(typeof label, 'string');
      }
    }
    for (const family of FAMILIES) assertPlain(applicableManagers(family), family);
  });
});

// ---------------------------------------------------------------------------------------------
// Shell commands and their translation

/** Scripts holding the name in every place the reader looks words up. */
const SCRIPTS: Array<(n: string) => string> = [
  // as a package
  (n) => `apt-get install -y ${n}`,
  (n) => `sudo apt install -y ${n} nginx`,
  (n) => `yum install -y ${n}`,
  (n) => `dnf -y install ${n}`,
  (n) => `microdnf install ${n}`,
  (n) => `tdnf install -y ${n}`,
  (n) => `apk add --no-cache ${n}`,
  (n) => `zypper -n install ${n}`,
  (n) => `zypper install -y -t pattern ${n}`,
  (n) => `pacman -S --noconfirm ${n}`,
  (n) => `pacman -Syu ${n}`,
  (n) => `amazon-linux-extras install -y ${n}`,
  (n) => `snap install ${n}`,
  (n) => `rpm -ivh ${n}`,
  (n) => `dpkg -i ${n}`,
  (n) => `yum groupinstall -y ${n}`,
  (n) => `dnf group install -y ${n}`,
  (n) => `apt-get remove -y ${n}`,
  (n) => `apk del ${n}`,
  (n) => `add-apt-repository ${n}`,
  (n) => `yum-config-manager --enable ${n}`,
  (n) => `apt-key ${n}`,
  // as a verb
  (n) => `apt-get ${n}`,
  (n) => `apt-get ${n} curl`,
  (n) => `apt ${n} -y curl`,
  (n) => `apt-cache ${n} curl`,
  (n) => `aptitude ${n} curl`,
  (n) => `yum ${n}`,
  (n) => `yum ${n} curl`,
  (n) => `dnf ${n} -y curl`,
  (n) => `dnf group ${n} x`,
  (n) => `yum module ${n} x`,
  (n) => `yum makecache ${n}`,
  (n) => `yum clean ${n}`,
  (n) => `dnf clean all ${n}`,
  (n) => `apk ${n} curl`,
  (n) => `apk cache ${n}`,
  (n) => `zypper ${n} curl`,
  (n) => `snap ${n} curl`,
  (n) => `amazon-linux-extras ${n} nginx1`,
  // as a manager
  (n) => `${n} install x`,
  (n) => `${n} -y install x`,
  (n) => `sudo ${n} install -y x`,
  (n) => `/usr/bin/${n} install x`,
  (n) => `"${n}" install x`,
  // as a flag, or a flag's argument
  (n) => `apt-get install -${n} x`,
  (n) => `apt-get install --${n} -y x`,
  (n) => `yum -${n} install -y x`,
  (n) => `dnf --${n}=1 install x`,
  (n) => `apt-get -o ${n} install -y x`,
  (n) => `yum --setopt ${n} install -y x`,
  (n) => `zypper --${n} install x`,
  (n) => `apk -${n} add x`,
  (n) => `pacman -${n} x`,
  (n) => `pacman --${n} -S x`,
  (n) => `rpm -${n} x`,
  (n) => `rpm --${n} x`,
  (n) => `dpkg --${n} x`,
  // as a prefix, or a prefix's option
  (n) => `sudo ${n}`,
  (n) => `sudo ${n} apt-get install -y x`,
  (n) => `${n} apt-get install -y x`,
  (n) => `${n} -u root yum install -y x`,
  (n) => `sudo -${n} apt-get install -y x`,
  (n) => `sudo -u ${n} apt-get install -y x`,
  (n) => `env ${n} apt-get install -y x`,
  (n) => `env ${n}=1 apt-get install -y x`,
  (n) => `${n}=1 apt-get install -y x`,
  (n) => `timeout ${n} apt-get install -y x`,
  (n) => `nice -n ${n} dnf install -y x`,
  (n) => `xargs -${n} apt-get install -y`,
  (n) => `command ${n} apt-get install -y x`,
  // as a shell, a script, a condition, a function, a heredoc delimiter, a variable
  (n) => `${n} -c 'apt-get install -y x'`,
  (n) => `sh -c '${n} install -y x'`,
  (n) => `bash -c "apt-get install -y ${n}"`,
  (n) => `if ${n}; then apt-get install -y x; fi`,
  (n) => `if [ -f /etc/${n} ]; then yum install -y ${n}; fi`,
  (n) => `case ${n} in ${n}) apt-get install -y ${n};; esac`,
  (n) => `[ -f ${n} ] && yum install -y ${n} || apt-get install -y ${n}`,
  (n) => `${n} || exit 0\napt-get install -y x`,
  (n) => `${n}() { apt-get install -y x; }\n${n}`,
  (n) => `function ${n} { yum install -y ${n}; }`,
  (n) => `cat <<${n}\napt-get install -y x\n${n}\napt-get install -y ${n}`,
  (n) => `apt-get install -y $${n} "\${${n}}"`,
  (n) => `apt-get update && apt-get install -y ${n} > /dev/${n} 2>&1`,
  (n) => `apt-get install -y ${n}\nyum install -y ${n}\napk add ${n}`,
];

const SUBCOMMANDS = new Set([
  undefined,
  'update',
  'upgrade',
  'install',
  'reinstall',
  'remove',
  'autoremove',
  'clean',
  'groupinstall',
  'groupremove',
  'enable',
  'query',
  'search',
  'download',
  'repository',
  'key',
  'other',
]);

function guessOf(type: string, config: Config): ImageFamilyGuess {
  const g = detectImageFamily(type, config);
  assert.ok(g, `no guess for ${type} ${JSON.stringify(config)}`);
  return g;
}

const GUESSES: ImageFamilyGuess[] = [
  guessOf('amazon-ebs', { source_ami_filter: { filters: { name: 'amzn-ami-hvm-*' } } }),
  guessOf('amazon-ebs', { source_ami_filter: { filters: { name: 'amzn2-ami-hvm-*' } } }),
  guessOf('amazon-ebs', { source_ami_filter: { filters: { name: 'al2023-ami-*' } } }),
  guessOf('docker', { image: 'centos:7' }),
  guessOf('docker', { image: 'quay.io/centos/centos:stream9' }),
  guessOf('docker', { image: 'rockylinux:9' }),
  guessOf('docker', { image: 'redhat/ubi9-minimal' }),
  guessOf('docker', { image: 'opensuse/leap:15.5' }),
];

function findAll(script: string): PackageCommand[] {
  let found: PackageCommand[] = [];
  assert.doesNotThrow(() => {
    found = findPackageManagerCommands(script, { includeGuarded: true });
    const unguarded = findPackageManagerCommands(script);
    assert.ok(unguarded.every((c) => found.some((f) => f.range.start === c.range.start)));
  }, JSON.stringify(script));
  return found;
}

function checkCommand(c: PackageCommand, where: string): void {
  assertPlain(c, where);
  assert.ok(PACKAGE_MANAGERS.includes(c.manager), `${where}: manager ${String(c.manager)}`);
  assert.ok(SUBCOMMANDS.has(c.subcommand), `${where}: subcommand ${String(c.subcommand)}`);
  assert.ok(c.verb === undefined || typeof c.verb === 'string', `${where}: verb`);
  for (const list of [c.packages, c.flags, c.redirects])
    assert.ok(
      list.every((s) => typeof s === 'string'),
      `${where}: a list holds a non-string`,
    );
}

describe('Object.prototype names: shell commands', () => {
  for (const name of NAMES) {
    it(JSON.stringify(name), () => {
      let commands = 0;
      let translations = 0;
      for (const make of SCRIPTS) {
        const script = make(name);
        const where = JSON.stringify(script);
        const found = findAll(script);
        for (const c of found) checkCommand(c, where);

        let installed: Set<string> | undefined;
        assert.doesNotThrow(() => {
          installed = managersInstalledBy(found);
        }, where);
        assertPlain(installed, `managersInstalledBy ${where}`);
        for (const m of installed ?? []) assert.ok(PACKAGE_MANAGERS.includes(m as never), `${where}: installs ${m}`);

        const odd: ImageFamilyGuess = {
          ...(GUESSES[0] as ImageFamilyGuess),
          family: 'rhel',
          version: name,
          variant: name,
        };
        for (const c of found) {
          commands++;
          for (const target of [...FAMILIES, ...GUESSES, odd]) {
            const label = typeof target === 'string' ? target : target.label;
            let out: string | undefined;
            assert.doesNotThrow(() => {
              out = translateCommand(c, script, target);
            }, `${where} to ${label}`);
            assert.ok(out === undefined || typeof out === 'string', `${where} to ${label}: ${typeof out}`);
            if (out !== undefined) translations++;
          }
        }
      }
      assert.ok(commands > 50, `only ${commands} commands found`);
      assert.ok(translations > 100, `only ${translations} translations`);
    });
  }

  // The same words, read as what they are: ordinary text.
  for (const name of PROTO_NAMES) {
    it(`${JSON.stringify(name)} is an ordinary word`, () => {
      const pkg = findAll(`apt-get install -y ${name}`);
      assert.equal(pkg.length, 1);
      assert.deepEqual(pkg[0]?.packages, [name]);
      assert.equal(managersInstalledBy(pkg).size, 0);

      for (const [script, manager] of [
        [`apt-get ${name}`, 'apt-get'],
        [`yum ${name} curl`, 'yum'],
        [`zypper ${name} curl`, 'zypper'],
        [`apk ${name} curl`, 'apk'],
        [`snap ${name} curl`, 'snap'],
      ] as const) {
        const [c] = findAll(script);
        assert.equal(c?.manager, manager, script);
        assert.equal(c.subcommand, 'other', script);
        assert.equal(c.verb, name, script);
      }

      // Not a manager, and not a prefix word in front of one.
      for (const script of [
        `${name} install x`,
        `sudo ${name} install -y x`,
        `${name} apt-get install -y x`,
        `${name} -y apt-get install -y x`,
        `sudo ${name} apt-get install -y x`,
      ]) {
        assert.deepEqual(findAll(script), [], script);
      }

      // An option nobody knows stops the rewrite; clean's unknown targets too.
      for (const script of [`yum clean ${name}`, `apt-get install -${name} x`, `yum -${name} install -y x`]) {
        const [c] = findAll(script);
        assert.ok(c, script);
        for (const family of FAMILIES)
          assert.equal(translateCommand(c, script, family), undefined, `${script} to ${family}`);
      }
      // As a package name it is carried over like any unknown name.
      const [install] = findAll(`sudo apt-get install -y ${name}`);
      assert.ok(install);
      assert.equal(
        translateCommand(install, `sudo apt-get install -y ${name}`, 'fedora'),
        `sudo dnf install -y ${name}`,
      );
    });
  }
});
