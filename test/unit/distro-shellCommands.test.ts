import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  findPackageManagerCommands,
  managersInstalledBy,
  type PackageCommand,
} from '../../server/src/service/packer/distro/shellCommands';

function only(script: string, includeGuarded = false): PackageCommand {
  const found = findPackageManagerCommands(script, { includeGuarded });
  assert.equal(found.length, 1, `expected one command in ${JSON.stringify(script)}, got ${found.length}`);
  return found[0] as PackageCommand;
}

function slice(script: string, c: PackageCommand): string {
  return script.slice(c.range.start, c.range.end);
}

interface Row {
  script: string;
  manager: string;
  subcommand: string | undefined;
  packages?: string[];
  flags?: string[];
  text?: string; // the invocation's range in the script
  nonInteractive?: boolean;
}

const ROWS: Row[] = [
  {
    script: 'sudo apt install -y nginx',
    manager: 'apt',
    subcommand: 'install',
    packages: ['nginx'],
    flags: ['-y'],
    text: 'sudo apt install -y nginx',
    nonInteractive: true,
  },
  { script: 'sudo apt update', manager: 'apt', subcommand: 'update', packages: [], nonInteractive: false },
  {
    script: 'apt-get -y install python',
    manager: 'apt-get',
    subcommand: 'install',
    packages: ['python'],
    flags: ['-y'],
  },
  { script: 'sudo apt-get dist-upgrade -y', manager: 'apt-get', subcommand: 'upgrade', packages: [] },
  {
    script: 'apt-get -qq install curl',
    manager: 'apt-get',
    subcommand: 'install',
    packages: ['curl'],
    nonInteractive: true,
  },
  { script: 'apt install curl', manager: 'apt', subcommand: 'install', nonInteractive: false },
  {
    script: 'sudo apt-get -o Dpkg::Options::="--force-confold" install -y nginx',
    manager: 'apt-get',
    subcommand: 'install',
    packages: ['nginx'],
    flags: ['-o Dpkg::Options::=--force-confold', '-y'],
  },
  {
    script: 'sudo -E env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx',
    manager: 'apt-get',
    subcommand: 'install',
    text: 'sudo -E env DEBIAN_FRONTEND=noninteractive apt-get install -y nginx',
  },
  {
    script: 'DEBIAN_FRONTEND=noninteractive apt-get upgrade -y',
    manager: 'apt-get',
    subcommand: 'upgrade',
    text: 'DEBIAN_FRONTEND=noninteractive apt-get upgrade -y',
  },
  {
    script: 'sudo -u root -H apt-get clean',
    manager: 'apt-get',
    subcommand: 'clean',
    text: 'sudo -u root -H apt-get clean',
  },
  { script: '/usr/bin/apt-get install -y git', manager: 'apt-get', subcommand: 'install', packages: ['git'] },
  {
    script: '$SUDO apt-get install -y git',
    manager: 'apt-get',
    subcommand: 'install',
    text: '$SUDO apt-get install -y git',
  },
  {
    script: '{{ .Vars }} sudo -E apt-get install -y git',
    manager: 'apt-get',
    subcommand: 'install',
    text: '{{ .Vars }} sudo -E apt-get install -y git',
  },
  {
    script: 'timeout 300 apt-get update',
    manager: 'apt-get',
    subcommand: 'update',
    text: 'timeout 300 apt-get update',
  },
  { script: 'nohup yum -y update', manager: 'yum', subcommand: 'upgrade', nonInteractive: true },
  {
    script: 'sudo yum install -y httpd mod_ssl',
    manager: 'yum',
    subcommand: 'install',
    packages: ['httpd', 'mod_ssl'],
  },
  { script: 'yum makecache fast', manager: 'yum', subcommand: 'update', packages: [] },
  {
    script: 'sudo yum groupinstall -y "Development Tools"',
    manager: 'yum',
    subcommand: 'groupinstall',
    packages: ['Development Tools'],
  },
  {
    script: 'sudo dnf group install -y "Development Tools"',
    manager: 'dnf',
    subcommand: 'groupinstall',
    packages: ['Development Tools'],
  },
  {
    script: 'dnf --setopt=install_weak_deps=False install -y nginx',
    manager: 'dnf',
    subcommand: 'install',
    packages: ['nginx'],
    flags: ['--setopt=install_weak_deps=False', '-y'],
  },
  { script: 'sudo dnf clean all', manager: 'dnf', subcommand: 'clean', packages: [] },
  { script: 'microdnf install -y shadow-utils', manager: 'microdnf', subcommand: 'install' },
  {
    script: 'sudo amazon-linux-extras install -y nginx1',
    manager: 'amazon-linux-extras',
    subcommand: 'install',
    packages: ['nginx1'],
    nonInteractive: true,
  },
  {
    script: 'sudo amazon-linux-extras enable docker',
    manager: 'amazon-linux-extras',
    subcommand: 'enable',
    packages: ['docker'],
  },
  {
    script: 'apk add --no-cache curl bash',
    manager: 'apk',
    subcommand: 'install',
    packages: ['curl', 'bash'],
    nonInteractive: true,
  },
  {
    script: 'apk add --virtual .build-deps gcc',
    manager: 'apk',
    subcommand: 'install',
    packages: ['gcc'],
    flags: ['--virtual .build-deps'],
  },
  { script: 'zypper -n in vim', manager: 'zypper', subcommand: 'install', packages: ['vim'], nonInteractive: true },
  { script: 'zypper --non-interactive refresh', manager: 'zypper', subcommand: 'update' },
  { script: 'pacman -Syu --noconfirm', manager: 'pacman', subcommand: 'upgrade', nonInteractive: true },
  { script: 'pacman -S --noconfirm git', manager: 'pacman', subcommand: 'install', packages: ['git'] },
  { script: 'sudo dpkg -i /tmp/jenkins.deb', manager: 'dpkg', subcommand: 'install', packages: ['/tmp/jenkins.deb'] },
  { script: 'dpkg --print-architecture', manager: 'dpkg', subcommand: 'query' },
  { script: 'sudo rpm --import https://example.com/key.asc', manager: 'rpm', subcommand: 'key' },
  { script: 'rpm -qa', manager: 'rpm', subcommand: 'query' },
  { script: 'sudo rpm -Uvh https://example.com/x.rpm', manager: 'rpm', subcommand: 'install' },
  { script: 'sudo snap install --classic go', manager: 'snap', subcommand: 'install', packages: ['go'] },
  { script: 'sudo add-apt-repository -y ppa:deadsnakes/ppa', manager: 'add-apt-repository', subcommand: 'repository' },
  {
    script: 'curl -fsSL https://example.com/key | sudo apt-key add -',
    manager: 'apt-key',
    subcommand: 'key',
    text: 'sudo apt-key add -',
  },
];

describe('findPackageManagerCommands: what an invocation says', () => {
  for (const row of ROWS) {
    it(row.script, () => {
      const c = only(row.script);
      assert.equal(c.manager, row.manager);
      assert.equal(c.subcommand, row.subcommand);
      if (row.packages) assert.deepEqual(c.packages, row.packages);
      if (row.flags) assert.deepEqual(c.flags, row.flags);
      if (row.text !== undefined) assert.equal(slice(row.script, c), row.text);
      if (row.nonInteractive !== undefined) assert.equal(c.nonInteractive, row.nonInteractive);
      assert.equal(row.script.slice(c.managerRange.start, c.managerRange.end).replace(/^.*\//, ''), row.manager);
    });
  }
});

describe('findPackageManagerCommands: splitting a script', () => {
  it('splits on && || ; | and newlines', () => {
    const script = 'apt-get update && apt-get install -y curl; yum install -y x | tee log\napk add y || true';
    const found = findPackageManagerCommands(script).map((c) => slice(script, c));
    assert.deepEqual(found, ['apt-get update', 'apt-get install -y curl', 'yum install -y x', 'apk add y']);
  });

  it('follows line continuations', () => {
    const script = 'sudo apt-get install -y \\\n  nginx \\\n  git';
    const c = only(script);
    assert.deepEqual(c.packages, ['nginx', 'git']);
    assert.equal(c.range.end, script.length);
  });

  it('skips comments', () => {
    assert.deepEqual(findPackageManagerCommands('# apt-get install foo\necho hi # yum install x'), []);
  });

  it('does not see commands inside quotes or as arguments', () => {
    assert.deepEqual(findPackageManagerCommands('echo "apt-get install nginx"; echo \'sudo yum install x\''), []);
    assert.deepEqual(findPackageManagerCommands('command -v apt-get; which yum; type dnf; echo apt'), []);
  });

  it('skips here-document bodies', () => {
    const script = 'cat <<EOF > Dockerfile\nRUN apt-get install -y x\nEOF\nsudo yum install -y y';
    const c = only(script);
    assert.equal(c.manager, 'yum');
    const quoted = "cat <<-'END'\n\tapt-get install -y x\n\tEND\n";
    assert.deepEqual(findPackageManagerCommands(quoted), []);
  });

  it('keeps redirections out of the range and records those in the middle', () => {
    const script = 'sudo apt-get install -y nginx > /dev/null 2>&1';
    const c = only(script);
    assert.equal(slice(script, c), 'sudo apt-get install -y nginx');
    assert.deepEqual(c.redirects, []);
    const mid = 'apt-get install -y 2>/dev/null nginx';
    assert.deepEqual(only(mid).redirects, ['2>/dev/null']);
  });

  it('reads expansions as words', () => {
    const script = 'sudo apt-get install -y $(cat pkgs.txt) "${EXTRA}" {{user `pkg`}}';
    const c = only(script);
    assert.deepEqual(c.packages, ['$(cat pkgs.txt)', '${EXTRA}', '{{user `pkg`}}']);
    assert.ok(c.packageWords.every((w) => w.expands));
  });

  it('finds commands in loops and retry loops (not guards)', () => {
    const loop = only('for p in nginx git; do sudo apt-get install -y $p; done');
    assert.deepEqual(loop.packages, ['$p']);
    assert.equal(loop.guarded, false);
    const retry = only('until sudo apt-get update; do sleep 5; done');
    assert.equal(retry.subcommand, 'update');
  });

  it('finds commands in sh -c with their offsets and quote', () => {
    const script = "curl -s https://x | sudo bash -c 'apt-get install -y nginx'";
    const c = only(script);
    assert.equal(slice(script, c), 'apt-get install -y nginx');
    assert.equal(c.quotedIn, "'");
  });

  it('marks commands that are part of a list', () => {
    const [a, b] = findPackageManagerCommands('apt-get update && apt-get install -y x');
    assert.equal(a?.inList, true);
    assert.equal(b?.inList, true);
    assert.equal(only('apt-get install -y x').inList, false);
  });

  it('reads UTF-16 offsets', () => {
    const script = 'echo "héllo ✓"; sudo apt install -y nginx';
    assert.equal(slice(script, only(script)), 'sudo apt install -y nginx');
  });
});

describe('findPackageManagerCommands: distribution checks guard their commands', () => {
  const GUARDED = [
    'if [ -f /etc/debian_version ]; then apt-get install -y x; else yum install -y x; fi',
    'if command -v apt-get >/dev/null; then\n  apt-get install -y x\nelif command -v yum; then\n  yum install -y x\nfi',
    'case "$ID" in\n  ubuntu|debian) apt-get install -y x ;;\n  centos) yum install -y x ;;\nesac',
    'case "$PM" in apt) apt-get update;; yum) yum makecache;; esac',
    '[ -x /usr/bin/apt-get ] && apt-get install -y x',
    'command -v yum >/dev/null 2>&1 && sudo yum install -y x',
    'grep -qi ubuntu /etc/os-release && sudo apt-get install -y x',
    'sudo yum install -y x || sudo apt-get install -y x',
    '[ -f /etc/redhat-release ] || exit 0\nsudo yum install -y x',
    'if [ "$(lsb_release -si)" != "Ubuntu" ]; then exit 0; fi\nsudo apt-get install -y x',
    'install_deb() {\n  apt-get install -y x\n}',
    'function install_rpm { yum install -y x; }',
    'if [ "${var.os}" = "ubuntu" ]; then apt-get install -y x; fi',
  ];
  for (const script of GUARDED) {
    it(JSON.stringify(script), () => {
      assert.deepEqual(findPackageManagerCommands(script), []);
      const all = findPackageManagerCommands(script, { includeGuarded: true });
      assert.ok(all.length > 0);
      assert.ok(all.every((c) => c.guarded));
    });
  }

  const NOT_GUARDED = [
    'if ! which nginx; then sudo apt-get install -y nginx; fi',
    'if [ "$INSTALL_NGINX" = "true" ]; then sudo apt-get install -y nginx; fi',
    'sudo apt-get update || true',
    'sudo apt-get update -y || sudo apt-get update -y',
    'if [ -z "$TOKEN" ]; then echo missing; exit 1; fi\nsudo apt-get install -y x',
    'die() { echo "$1"; exit 1; }\nsudo apt-get install -y x',
  ];
  for (const script of NOT_GUARDED) {
    it(`not a guard: ${JSON.stringify(script)}`, () => {
      const found = findPackageManagerCommands(script);
      assert.ok(found.length > 0);
      assert.ok(found.every((c) => !c.guarded));
    });
  }
});

describe('managersInstalledBy', () => {
  it('knows which packages bring a package manager', () => {
    const commands = findPackageManagerCommands('apt-get install -y snapd rpm\nyum install -y dnf yum-utils');
    assert.deepEqual([...managersInstalledBy(commands)].sort(), ['dnf', 'rpm', 'snap', 'yum-config-manager']);
  });
});
