import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectImageFamily,
  type DistroFamily,
  type ImageFamilyGuess,
} from '../../server/src/service/packer/distro/imageFamily';
import { findPackageManagerCommands } from '../../server/src/service/packer/distro/shellCommands';
import { isManagerAvailable, translateCommand } from '../../server/src/service/packer/distro/translate';

const AL2 = detectImageFamily('amazon-ebs', {
  source_ami_filter: {
    filters: { 'virtualization-type': 'hvm', name: 'amzn2-ami-hvm*', 'root-device-type': 'ebs' },
    owners: ['amazon'],
    most_recent: true,
  },
}) as ImageFamilyGuess;
const AL2023 = detectImageFamily('amazon-ebs', {
  source_ami_filter: { filters: { name: 'al2023-ami-2023.*-x86_64' }, owners: ['amazon'] },
}) as ImageFamilyGuess;
const CENTOS7 = detectImageFamily('docker', { image: 'centos:7' }) as ImageFamilyGuess;
const ROCKY9 = detectImageFamily('docker', { image: 'rockylinux:9' }) as ImageFamilyGuess;
const UBUNTU = detectImageFamily('docker', { image: 'ubuntu:22.04' }) as ImageFamilyGuess;

/** Translates the last command of `script`; returns the whole script rewritten. */
function rewrite(script: string, target: ImageFamilyGuess | DistroFamily): string | undefined {
  const found = findPackageManagerCommands(script);
  assert.ok(found.length > 0, `no command in ${JSON.stringify(script)}`);
  const c = found[found.length - 1];
  assert.ok(c);
  const t = translateCommand(c, script, target);
  return t === undefined ? undefined : script.slice(0, c.range.start) + t + script.slice(c.range.end);
}

type Case = [script: string, target: ImageFamilyGuess | DistroFamily, expected: string | undefined];

const VALID: Case[] = [
  // the lab case
  ['sudo apt update', AL2, 'sudo yum makecache'],
  ['sudo apt install -y nginx', AL2, 'sudo amazon-linux-extras install -y nginx1'],
  ['sudo apt install -y nginx', AL2023, 'sudo dnf install -y nginx'],
  ['sudo apt update', AL2023, 'sudo dnf makecache'],
  // refresh, upgrade
  ['apt-get update', CENTOS7, 'yum makecache'],
  ['apt-get update', 'alpine', 'apk update'],
  ['apt-get update', 'suse', 'zypper refresh'],
  ['sudo apt upgrade -y', AL2, 'sudo yum update -y'],
  ['sudo apt-get dist-upgrade -y', AL2023, 'sudo dnf upgrade -y'],
  ['sudo apt-get upgrade -y', 'alpine', 'sudo apk upgrade'],
  ['sudo apt-get upgrade -y', 'suse', 'sudo zypper update -y'],
  ['apt-get upgrade', AL2, 'yum update'], // interactive stays interactive
  // install and names
  ['sudo apt-get install -y git curl', AL2, 'sudo yum install -y git curl'],
  ['sudo apt-get install -y apache2 libssl-dev', ROCKY9, 'sudo dnf install -y httpd openssl-devel'],
  ['sudo apt-get install -y openjdk-17-jdk', AL2023, 'sudo dnf install -y java-17-amazon-corretto-devel'],
  ['sudo apt-get install -y openjdk-17-jdk', ROCKY9, 'sudo dnf install -y java-17-openjdk-devel'],
  ['sudo apt-get install -y openjdk-11-jre-headless', CENTOS7, 'sudo yum install -y java-11-openjdk-headless'],
  ['sudo apt-get install -y nginx git', AL2, 'sudo amazon-linux-extras install -y nginx1 && sudo yum install -y git'],
  ['sudo apt-get install -y docker.io redis-server', AL2, 'sudo amazon-linux-extras install -y docker redis6'],
  ['sudo apt-get install -y docker.io redis-server', AL2023, 'sudo dnf install -y docker redis6'],
  ['sudo apt-get install -y build-essential', AL2, 'sudo yum groupinstall -y "Development Tools"'],
  ['sudo apt-get install -y build-essential', AL2023, 'sudo dnf group install -y "Development Tools"'],
  ['sudo apt-get install -y build-essential zlib1g-dev', 'alpine', 'sudo apk add build-base zlib-dev'],
  ['sudo apt-get install -y python3-pip', AL2, 'sudo yum install -y python3-pip'],
  ['sudo apt-get install -y curl', AL2023, 'sudo dnf install -y --allowerasing curl'],
  ['sudo DEBIAN_FRONTEND=noninteractive apt-get install -y nginx', AL2023, 'sudo dnf install -y nginx'],
  [
    'sudo -E env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends jq',
    AL2023,
    'sudo -E dnf -q install -y --setopt=install_weak_deps=False jq',
  ],
  ['sudo env FOO=1 DEBIAN_FRONTEND=noninteractive apt-get install -y jq', AL2, 'sudo env FOO=1 yum install -y jq'],
  ['sudo apt-get install -y jq > /dev/null', AL2, 'sudo yum install -y jq > /dev/null'],
  ['sudo apt-get remove -y apache2', AL2, 'sudo yum remove -y httpd'],
  ['sudo apt-get purge -y nginx', AL2023, 'sudo dnf remove -y nginx'],
  ['sudo apt-get autoremove -y', AL2, 'sudo yum autoremove -y'],
  ['sudo apt-get clean', AL2, 'sudo yum clean all'],
  [
    'apt-get update && sudo apt-get install -y nginx git',
    AL2,
    'apt-get update && { sudo amazon-linux-extras install -y nginx1 && sudo yum install -y git; }',
  ],
  ["sudo bash -c 'apt-get install -y nginx'", AL2, "sudo bash -c 'amazon-linux-extras install -y nginx1'"],
  [
    'sudo bash -c "apt-get install -y build-essential"',
    CENTOS7,
    'sudo bash -c "yum groupinstall -y \'Development Tools\'"',
  ],
  // the other way
  ['sudo yum install -y httpd', UBUNTU, 'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y apache2'],
  ['yum install -y httpd', 'debian', 'DEBIAN_FRONTEND=noninteractive apt-get install -y apache2'],
  [
    'sudo yum -y install java-17-amazon-corretto-devel openssl-devel',
    UBUNTU,
    'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y openjdk-17-jdk libssl-dev',
  ],
  [
    'sudo yum groupinstall -y "Development Tools"',
    UBUNTU,
    'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y build-essential',
  ],
  ['sudo yum makecache', UBUNTU, 'sudo apt-get update'],
  ['sudo yum update -y', UBUNTU, 'sudo DEBIAN_FRONTEND=noninteractive apt-get upgrade -y'],
  ['sudo dnf install nginx', UBUNTU, 'sudo apt-get install nginx'],
  ['sudo -E yum install -y git', UBUNTU, 'sudo -E DEBIAN_FRONTEND=noninteractive apt-get install -y git'],
  [
    'echo y | xargs -r yum install -y git',
    UBUNTU,
    'echo y | xargs -r env DEBIAN_FRONTEND=noninteractive apt-get install -y git',
  ],
  ['sudo amazon-linux-extras install -y nginx1', AL2023, 'sudo dnf install -y nginx'],
  [
    'sudo amazon-linux-extras install -y nginx1 redis6',
    UBUNTU,
    'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y nginx redis-server',
  ],
  ['sudo dnf install -y nginx', AL2, 'sudo amazon-linux-extras install -y nginx1'],
  ['sudo dnf install -y git', CENTOS7, 'sudo yum install -y git'],
  ['sudo yum install -y epel-release', AL2, 'sudo amazon-linux-extras install -y epel'],
  ['sudo apk add --no-cache curl', UBUNTU, 'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y curl'],
  ['apk add -U openssl-dev', UBUNTU, 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libssl-dev'],
  [
    'sudo zypper -n in -t pattern devel_basis',
    UBUNTU,
    'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y build-essential',
  ],
  ['sudo pacman -Syu --noconfirm', UBUNTU, 'sudo DEBIAN_FRONTEND=noninteractive apt-get upgrade -y'],
  ['sudo apt-get install -y git', 'arch', 'sudo pacman -S --noconfirm --needed git'],
];

const INVALID: Case[] = [
  ['sudo dpkg -i foo.deb', AL2, undefined],
  ['sudo apt install -y ./foo.deb', AL2, undefined],
  ['sudo apt-key add key.asc', AL2, undefined],
  ['sudo add-apt-repository -y ppa:deadsnakes/ppa', AL2023, undefined],
  ['sudo snap install --classic go', AL2, undefined],
  ['sudo rpm -i x.rpm', UBUNTU, undefined],
  ['sudo yum install -y https://example.com/x.rpm', UBUNTU, undefined],
  ['sudo apt-get install -y nginx=1.18.0-0ubuntu1', AL2, undefined],
  ['sudo apt-get -t bookworm-backports install -y foo', AL2, undefined],
  ['sudo apt-get install -y --reinstall foo', AL2, undefined],
  ['sudo apt-get install -s foo', AL2, undefined],
  ['sudo dnf --enablerepo=epel install -y foo', UBUNTU, undefined],
  ['sudo yum install -y epel-release', UBUNTU, undefined],
  ['sudo yum install -y epel-release', AL2023, undefined],
  ['sudo amazon-linux-extras install -y docker', ROCKY9, undefined],
  ['sudo amazon-linux-extras enable postgresql14', AL2023, undefined],
  ['sudo amazon-linux-extras install -y php8.2', AL2023, undefined],
  ['sudo apt-get install -y $PACKAGES', AL2, undefined],
  ['apk add --virtual .deps gcc', UBUNTU, undefined],
  ['sudo yum groupinstall -y "Server with GUI"', UBUNTU, undefined],
  ['sudo apt-get install -y nginx', 'windows', undefined],
  ['sudo apt-get install -y nginx', 'freebsd', undefined],
  [
    'sudo apt-get install -y nginx',
    detectImageFamily('docker', { image: 'registry.access.redhat.com/ubi9/ubi-minimal' }) as ImageFamilyGuess,
    undefined,
  ],
];

describe('translateCommand: rewrites', () => {
  for (const [script, target, expected] of VALID) {
    const name = typeof target === 'string' ? target : target.label;
    it(`${script} -> ${name}`, () => assert.equal(rewrite(script, target), expected));
  }
});

describe('translateCommand: no faithful rewrite', () => {
  for (const [script, target] of INVALID) {
    const name = typeof target === 'string' ? target : target.label;
    it(`${script} -> ${name}`, () => assert.equal(rewrite(script, target), undefined));
  }
});

describe('translateCommand: the rewrite uses tools the image has', () => {
  const targets: ImageFamilyGuess[] = [AL2, AL2023, CENTOS7, ROCKY9, UBUNTU];
  for (const [script] of VALID) {
    for (const target of targets) {
      it(`${script} on ${target.label}`, () => {
        const c = findPackageManagerCommands(script)[0];
        assert.ok(c);
        const rewritten = translateCommand(c, script, target);
        if (rewritten === undefined) return;
        for (const c of findPackageManagerCommands(rewritten, { includeGuarded: true })) {
          assert.ok(isManagerAvailable(c.manager, target), `${c.manager} in ${rewritten} is not on ${target.label}`);
        }
      });
    }
  }
});

describe('isManagerAvailable from translate', () => {
  it('is re-exported and takes a family or a guess', () => {
    assert.equal(isManagerAvailable('apt', AL2), false);
    assert.equal(isManagerAvailable('apt', 'amazon-linux-2'), false);
    assert.equal(isManagerAvailable('dnf', CENTOS7), false);
  });
});
