import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applicableManagers,
  detectImageFamily,
  isManagerAvailable,
  literalText,
  managerAvailability,
  type DistroFamily,
  type ImageFamilyGuess,
} from '../../server/src/service/packer/distro/imageFamily';

interface Valid {
  name: string;
  type: string;
  config: Record<string, unknown>;
  family: DistroFamily;
  version?: string;
  label?: string;
  path?: string[];
}

const ami = (name: string, owners?: string[]): Record<string, unknown> => ({
  source_ami_filter: {
    filters: { 'virtualization-type': 'hvm', name, 'root-device-type': 'ebs' },
    ...(owners ? { owners } : {}),
    most_recent: true,
  },
});

const VALID: Valid[] = [
  // Amazon
  {
    name: 'lab: Amazon Linux 2 by name and owner',
    type: 'amazon-ebs',
    config: ami('amzn2-ami-hvm*', ['amazon']),
    family: 'amazon-linux-2',
    version: '2',
    label: 'Amazon Linux 2',
    path: ['source_ami_filter', 'filters', 'name'],
  },
  {
    name: 'AL2 kernel-5.10 image',
    type: 'amazon-ebs',
    config: ami('amzn2-ami-kernel-5.10-hvm-*-x86_64-gp2', ['137112412989']),
    family: 'amazon-linux-2',
  },
  {
    name: 'AL2023',
    type: 'amazon-ebs',
    config: ami('al2023-ami-2023.*-x86_64', ['amazon']),
    family: 'amazon-linux-2023',
    label: 'Amazon Linux 2023',
  },
  {
    name: 'AL2023 minimal',
    type: 'amazon-ebs',
    config: ami('al2023-ami-minimal-*-arm64'),
    family: 'amazon-linux-2023',
  },
  {
    name: 'AL1',
    type: 'amazon-ebs',
    config: ami('amzn-ami-hvm-2018.03.*-x86_64-gp2', ['amazon']),
    family: 'amazon-linux-1',
  },
  {
    name: 'EKS AL2023 node',
    type: 'amazon-ebs',
    config: ami('amazon-eks-node-al2023-x86_64-standard-1.29-*'),
    family: 'amazon-linux-2023',
  },
  {
    name: 'Ubuntu by name',
    type: 'amazon-ebs',
    config: ami('ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*', ['099720109477']),
    family: 'ubuntu',
    version: '22.04',
    label: 'Ubuntu 22.04',
  },
  {
    name: 'Ubuntu with a template in the codename',
    type: 'amazon-ebs',
    config: ami('ubuntu/images/*ubuntu-{{user `codename`}}-*', ['099720109477']),
    family: 'ubuntu',
  },
  {
    name: 'Ubuntu with an HCL expression',
    type: 'amazon-ebs',
    config: ami('ubuntu/images/*ubuntu-${var.codename}-*-amd64-server-*'),
    family: 'ubuntu',
  },
  {
    name: 'Ubuntu by Canonical owner alone',
    type: 'amazon-ebs',
    config: ami('*', ['099720109477']),
    family: 'ubuntu',
    path: ['source_ami_filter', 'owners', '0'],
  },
  {
    name: 'Debian 12',
    type: 'amazon-ebs',
    config: ami('debian-12-amd64-*', ['136693071363']),
    family: 'debian',
    version: '12',
  },
  {
    name: 'Debian by codename',
    type: 'amazon-ebs',
    config: ami('debian-stretch-hvm-x86_64-gp2-*', ['379101102735']),
    family: 'debian',
    version: '9',
  },
  {
    name: 'RHEL 9',
    type: 'amazon-ebs',
    config: ami('RHEL-9.3.0_HVM-*-x86_64-*', ['309956199498']),
    family: 'rhel',
    version: '9',
  },
  {
    name: 'CentOS 7',
    type: 'amazon-ebs',
    config: ami('CentOS Linux 7 x86_64 HVM EBS *', ['125523088429']),
    family: 'centos',
    version: '7',
  },
  {
    name: 'CentOS Stream 9',
    type: 'amazon-ebs',
    config: ami('CentOS Stream 9 x86_64 *'),
    family: 'centos',
    version: '9',
    label: 'CentOS Stream 9',
  },
  {
    name: 'Rocky 9',
    type: 'amazon-ebs',
    config: ami('Rocky-9-EC2-Base-9.3-*', ['792107900819']),
    family: 'rocky',
    version: '9',
  },
  { name: 'Rocky by owner alone', type: 'amazon-ebs', config: ami('*', ['792107900819']), family: 'rocky' },
  {
    name: 'AlmaLinux 9',
    type: 'amazon-ebs',
    config: ami('AlmaLinux OS 9*', ['764336703387']),
    family: 'alma',
    version: '9',
  },
  {
    name: 'Windows Server 2022',
    type: 'amazon-ebs',
    config: ami('Windows_Server-2022-English-Full-Base-*', ['amazon']),
    family: 'windows',
    version: '2022',
    label: 'Windows Server 2022',
  },
  { name: 'Windows by owner 801119661308', type: 'amazon-ebs', config: ami('*', ['801119661308']), family: 'windows' },
  {
    name: 'SLES',
    type: 'amazon-ebs',
    config: ami('suse-sles-15-sp5-v*-hvm-ssd-x86_64', ['013907871322']),
    family: 'suse',
    version: '15 SP5',
  },
  {
    name: 'Oracle Linux 8',
    type: 'amazon-ebs',
    config: ami('OL8.9-x86_64-HVM-*', ['131827586825']),
    family: 'oracle',
    version: '8',
  },
  { name: 'Fedora cloud', type: 'amazon-ebs', config: ami('Fedora-Cloud-Base-39-*'), family: 'fedora', version: '39' },
  {
    name: 'HCL2 block as a one-element array',
    type: 'amazon-ebs',
    config: { source_ami_filter: [{ filters: { name: 'amzn2-ami-hvm-*' }, owners: ['amazon'] }] },
    family: 'amazon-linux-2',
  },
  {
    name: 'amazon-ami data source',
    type: 'amazon-ami',
    config: { filters: { name: 'al2023-ami-*' }, owners: ['amazon'] },
    family: 'amazon-linux-2023',
    path: ['filters', 'name'],
  },
  {
    name: 'amazon-ebssurrogate',
    type: 'amazon-ebssurrogate',
    config: ami('debian-11-amd64-*'),
    family: 'debian',
    version: '11',
  },
  // Google
  {
    name: 'GCE Ubuntu family',
    type: 'googlecompute',
    config: { source_image_family: 'ubuntu-2204-lts' },
    family: 'ubuntu',
    version: '22.04',
    path: ['source_image_family'],
  },
  {
    name: 'GCE Debian 12',
    type: 'googlecompute',
    config: { source_image_family: 'debian-12' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'GCE CentOS 7 image',
    type: 'googlecompute',
    config: { source_image: 'centos-7-v20240312' },
    family: 'centos',
    version: '7',
  },
  {
    name: 'GCE RHEL 9',
    type: 'googlecompute',
    config: { source_image_family: 'rhel-9' },
    family: 'rhel',
    version: '9',
  },
  {
    name: 'GCE Rocky',
    type: 'googlecompute',
    config: { source_image_family: 'rocky-linux-9-optimized-gcp' },
    family: 'rocky',
    version: '9',
  },
  {
    name: 'GCE Windows',
    type: 'googlecompute',
    config: { source_image_family: 'windows-2022' },
    family: 'windows',
    version: '2022',
  },
  {
    name: 'GCE project fallback',
    type: 'googlecompute',
    config: { source_image: 'my-golden-image', source_image_project_id: ['ubuntu-os-cloud'] },
    family: 'ubuntu',
    path: ['source_image_project_id', '0'],
  },
  // Azure
  {
    name: 'Azure Ubuntu 22.04',
    type: 'azure-arm',
    config: { image_publisher: 'Canonical', image_offer: '0001-com-ubuntu-server-jammy', image_sku: '22_04-lts-gen2' },
    family: 'ubuntu',
    version: '22.04',
  },
  {
    name: 'Azure UbuntuServer 18.04',
    type: 'azure-arm',
    config: { image_publisher: 'Canonical', image_offer: 'UbuntuServer', image_sku: '18.04-LTS' },
    family: 'ubuntu',
    version: '18.04',
  },
  {
    name: 'Azure CentOS',
    type: 'azure-arm',
    config: { image_publisher: 'OpenLogic', image_offer: 'CentOS', image_sku: '7.5' },
    family: 'centos',
    version: '7',
  },
  {
    name: 'Azure RHEL',
    type: 'azure-arm',
    config: { image_publisher: 'RedHat', image_offer: 'RHEL', image_sku: '8_5' },
    family: 'rhel',
    version: '8',
  },
  {
    name: 'Azure Windows',
    type: 'azure-arm',
    config: { image_publisher: 'MicrosoftWindowsServer', image_offer: 'WindowsServer', image_sku: '2019-Datacenter' },
    family: 'windows',
    version: '2019',
  },
  {
    name: 'Azure Debian',
    type: 'azure-arm',
    config: { image_publisher: 'Debian', image_offer: 'debian-12', image_sku: '12-gen2' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'Azure Rocky (resf)',
    type: 'azure-arm',
    config: { image_publisher: 'resf', image_offer: 'rockylinux-x86_64', image_sku: '9-base' },
    family: 'rocky',
  },
  {
    name: 'Azure publisher only',
    type: 'azure-arm',
    config: { image_publisher: 'almalinux', image_offer: '${var.offer}' },
    family: 'alma',
    path: ['image_publisher'],
  },
  {
    name: 'Azure os_type Windows',
    type: 'azure-arm',
    config: { os_type: 'Windows', managed_image_name: 'x' },
    family: 'windows',
    path: ['os_type'],
  },
  {
    name: 'azure-chroot URN',
    type: 'azure-chroot',
    config: { source: 'Canonical:UbuntuServer:20.04-LTS:latest' },
    family: 'ubuntu',
    version: '20.04',
  },
  // Docker
  {
    name: 'docker ubuntu:22.04',
    type: 'docker',
    config: { image: 'ubuntu:22.04' },
    family: 'ubuntu',
    version: '22.04',
    path: ['image'],
  },
  { name: 'docker debian:12', type: 'docker', config: { image: 'debian:12' }, family: 'debian', version: '12' },
  {
    name: 'docker debian:bookworm-slim',
    type: 'docker',
    config: { image: 'debian:bookworm-slim' },
    family: 'debian',
    version: '12',
  },
  { name: 'docker centos:7', type: 'docker', config: { image: 'centos:7' }, family: 'centos', version: '7' },
  { name: 'docker rockylinux:9', type: 'docker', config: { image: 'rockylinux:9' }, family: 'rocky', version: '9' },
  { name: 'docker fedora', type: 'docker', config: { image: 'fedora' }, family: 'fedora' },
  { name: 'docker alpine:3.19', type: 'docker', config: { image: 'alpine:3.19' }, family: 'alpine', version: '3.19' },
  { name: 'docker amazonlinux:2', type: 'docker', config: { image: 'amazonlinux:2' }, family: 'amazon-linux-2' },
  {
    name: 'docker amazonlinux:2023',
    type: 'docker',
    config: { image: 'amazonlinux:2023' },
    family: 'amazon-linux-2023',
  },
  {
    name: 'docker opensuse/leap',
    type: 'docker',
    config: { image: 'opensuse/leap:15.5' },
    family: 'suse',
    version: '15.5',
    label: 'openSUSE Leap 15.5',
  },
  { name: 'docker archlinux', type: 'docker', config: { image: 'archlinux:latest' }, family: 'arch' },
  {
    name: 'docker registry prefix',
    type: 'docker',
    config: { image: 'docker.io/library/ubuntu:jammy' },
    family: 'ubuntu',
    version: '22.04',
  },
  {
    name: 'docker digest',
    type: 'docker',
    config: { image: 'ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    family: 'ubuntu',
  },
  {
    name: 'docker quay CentOS Stream',
    type: 'docker',
    config: { image: 'quay.io/centos/centos:stream9' },
    family: 'centos',
    version: '9',
  },
  {
    name: 'docker UBI minimal',
    type: 'docker',
    config: { image: 'registry.access.redhat.com/ubi9/ubi-minimal:latest' },
    family: 'rhel',
    version: '9',
  },
  { name: 'docker language image on alpine', type: 'docker', config: { image: 'node:20-alpine' }, family: 'alpine' },
  {
    name: 'docker language image on bookworm',
    type: 'docker',
    config: { image: 'python:3.12-slim-bookworm' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'docker windows',
    type: 'docker',
    config: { image: 'mcr.microsoft.com/windows/servercore:ltsc2022' },
    family: 'windows',
  },
  // Vagrant
  {
    name: 'vagrant ubuntu/jammy64',
    type: 'vagrant',
    config: { source_path: 'ubuntu/jammy64' },
    family: 'ubuntu',
    version: '22.04',
  },
  {
    name: 'vagrant generic/centos7',
    type: 'vagrant',
    config: { source_path: 'generic/centos7' },
    family: 'centos',
    version: '7',
  },
  {
    name: 'vagrant bento/ubuntu-22.04',
    type: 'vagrant',
    config: { source_path: 'bento/ubuntu-22.04' },
    family: 'ubuntu',
    version: '22.04',
  },
  {
    name: 'vagrant debian/bookworm64',
    type: 'vagrant',
    config: { source_path: 'debian/bookworm64' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'vagrant hashicorp/precise64',
    type: 'vagrant',
    config: { source_path: 'hashicorp/precise64' },
    family: 'ubuntu',
    version: '12.04',
  },
  // ISOs and disk images
  {
    name: 'Ubuntu live server ISO',
    type: 'qemu',
    config: { iso_url: 'https://releases.ubuntu.com/22.04/ubuntu-22.04.4-live-server-amd64.iso' },
    family: 'ubuntu',
    version: '22.04',
    path: ['iso_url'],
  },
  {
    name: 'CentOS 7 minimal ISO',
    type: 'virtualbox-iso',
    config: { iso_url: 'http://mirror.example.org/centos/7/isos/x86_64/CentOS-7-x86_64-Minimal-2009.iso' },
    family: 'centos',
    version: '7',
  },
  {
    name: 'Debian netinst ISO',
    type: 'vmware-iso',
    config: { iso_url: 'https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.5.0-amd64-netinst.iso' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'Rocky ISO',
    type: 'vsphere-iso',
    config: { iso_urls: ['Rocky-9.3-x86_64-minimal.iso'] },
    family: 'rocky',
    version: '9',
    path: ['iso_urls', '0'],
  },
  {
    name: 'Alpine ISO',
    type: 'qemu',
    config: { iso_url: 'https://dl-cdn.alpinelinux.org/alpine/v3.19/releases/x86_64/alpine-virt-3.19.1-x86_64.iso' },
    family: 'alpine',
    version: '3.19',
  },
  {
    name: 'Fedora ISO',
    type: 'qemu',
    config: {
      iso_url:
        'https://download.fedoraproject.org/pub/fedora/linux/releases/39/Server/x86_64/iso/Fedora-Server-dvd-x86_64-39-1.5.iso',
    },
    family: 'fedora',
  },
  {
    name: 'openSUSE ISO',
    type: 'qemu',
    config: { iso_url: 'openSUSE-Leap-15.5-DVD-x86_64-Media.iso' },
    family: 'suse',
    version: '15.5',
  },
  {
    name: 'Arch ISO',
    type: 'qemu',
    config: { iso_url: 'https://mirror.example.org/archlinux/iso/2024.03.01/archlinux-2024.03.01-x86_64.iso' },
    family: 'arch',
  },
  {
    name: 'FreeBSD ISO',
    type: 'virtualbox-iso',
    config: { iso_url: 'FreeBSD-14.0-RELEASE-amd64-disc1.iso' },
    family: 'freebsd',
    version: '14.0',
  },
  {
    name: 'iso_urls: local copy then mirror',
    type: 'virtualbox-iso',
    config: {
      iso_urls: [
        'iso/ubuntu-20.04.6-live-server-amd64.iso',
        'https://releases.ubuntu.com/20.04/ubuntu-20.04.6-live-server-amd64.iso',
      ],
    },
    family: 'ubuntu',
    version: '20.04',
  },
  {
    name: 'vSphere datastore path',
    type: 'vsphere-iso',
    config: { iso_paths: ['[datastore1] iso/ubuntu-22.04.4-live-server-amd64.iso'] },
    family: 'ubuntu',
    path: ['iso_paths', '0'],
  },
  {
    name: 'Proxmox iso_file',
    type: 'proxmox-iso',
    config: { iso_file: 'local:iso/debian-12.5.0-amd64-netinst.iso' },
    family: 'debian',
    version: '12',
  },
  {
    name: 'netboot mini.iso read from its folders',
    type: 'qemu',
    config: {
      iso_url:
        'http://archive.ubuntu.com/ubuntu/dists/focal/main/installer-amd64/current/legacy-images/netboot/mini.iso',
    },
    family: 'ubuntu',
    version: '20.04',
  },
  {
    name: 'Ubuntu cloud image for qemu',
    type: 'qemu',
    config: {
      iso_url: 'https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img',
      disk_image: true,
    },
    family: 'ubuntu',
    version: '22.04',
  },
  {
    name: 'Windows evaluation ISO',
    type: 'hyperv-iso',
    config: {
      iso_url: 'https://example.com/17763.737.190906-2324.rs5_release_svc_refresh_SERVER_EVAL_x64FRE_en-us_1.iso',
    },
    family: 'windows',
  },
  {
    name: 'Windows by guest_os_type when the ISO says nothing',
    type: 'vmware-iso',
    config: { iso_url: '{{user `iso_url`}}', guest_os_type: 'windows9srv-64' },
    family: 'windows',
    path: ['guest_os_type'],
  },
];

interface Invalid {
  name: string;
  type: string;
  config: Record<string, unknown>;
}

const INVALID: Invalid[] = [
  { name: 'source_ami id alone', type: 'amazon-ebs', config: { source_ami: 'ami-0123456789abcdef0' } },
  { name: 'own image', type: 'amazon-ebs', config: ami('my-app-base-*', ['self']) },
  { name: 'owner amazon publishes several systems', type: 'amazon-ebs', config: ami('*', ['amazon']) },
  { name: 'Amazon Linux account without a release', type: 'amazon-ebs', config: ami('*', ['137112412989']) },
  { name: 'vague Amazon Linux name', type: 'amazon-ebs', config: ami('amzn*', ['amazon']) },
  {
    name: 'name made of a template call',
    type: 'amazon-ebs',
    config: ami('{{user `ami_name`}}', ['099720109477', 'self']),
  },
  { name: 'name made of an expression', type: 'amazon-ebs', config: ami('${var.ami_filter}') },
  { name: 'owners that disagree', type: 'amazon-ebs', config: ami('*', ['099720109477', '136693071363']) },
  {
    name: 'names that disagree',
    type: 'amazon-ebs',
    config: { source_ami_filter: { filters: { name: ['ubuntu/images/*', 'debian-12-*'] } } },
  },
  { name: 'Fedora CoreOS is not Fedora', type: 'amazon-ebs', config: ami('fedora-coreos-39.*-x86_64') },
  { name: 'Bottlerocket', type: 'amazon-ebs', config: ami('bottlerocket-aws-k8s-1.29-x86_64-*') },
  { name: 'GCE Container-Optimized OS', type: 'googlecompute', config: { source_image_family: 'cos-stable' } },
  { name: 'GCE Fedora CoreOS', type: 'googlecompute', config: { source_image_family: 'fedora-coreos-stable' } },
  {
    name: 'GCE custom family in a custom project',
    type: 'googlecompute',
    config: { source_image_family: 'golden', source_image_project_id: 'my-project' },
  },
  {
    name: 'Azure third-party publisher',
    type: 'azure-arm',
    config: { image_publisher: 'bitnami', image_offer: 'rabbitmq', image_sku: 'rabbitmq', os_type: 'Linux' },
  },
  {
    name: 'Azure os_type Linux alone',
    type: 'azure-arm',
    config: { os_type: 'Linux', custom_managed_image_name: 'x' },
  },
  {
    name: 'Azure all expressions',
    type: 'azure-arm',
    config: { image_publisher: '${var.p}', image_offer: '${var.o}', image_sku: '${var.s}' },
  },
  {
    name: 'docker amazonlinux:latest changed release over time',
    type: 'docker',
    config: { image: 'amazonlinux:latest' },
  },
  { name: 'docker amazonlinux without a tag', type: 'docker', config: { image: 'amazonlinux' } },
  { name: 'docker language image without a base in the tag', type: 'docker', config: { image: 'python:3.12' } },
  { name: 'docker other image', type: 'docker', config: { image: 'hashicorp/packer:light' } },
  { name: 'docker template', type: 'docker', config: { image: '{{user `image`}}' } },
  {
    name: 'docker UBI micro has no package manager',
    type: 'docker',
    config: { image: 'registry.access.redhat.com/ubi9/ubi-micro' },
  },
  { name: 'ISO from a template', type: 'virtualbox-iso', config: { iso_url: '{{user `mirror`}}/{{user `iso_name`}}' } },
  { name: 'ISO with a plain name', type: 'qemu', config: { iso_url: 'http://example.com/install.iso' } },
  {
    name: 'ISO mirrors that disagree',
    type: 'qemu',
    config: { iso_urls: ['ubuntu-22.04.iso', 'debian-12.5.0-amd64-netinst.iso'] },
  },
  {
    name: 'qemu disk image with a plain name',
    type: 'qemu',
    config: { iso_url: 'output/base.qcow2', disk_image: true, guest_os_type: 'windows' },
  },
  { name: 'vagrant local box', type: 'vagrant', config: { source_path: './output/package.box' } },
  { name: 'null builder', type: 'null', config: { communicator: 'none' } },
  { name: 'unknown builder', type: 'my-builder', config: { image: 'ubuntu:22.04' } },
];

function check(guess: ImageFamilyGuess | undefined, row: Valid): void {
  assert.ok(guess, `no guess for ${row.name}`);
  assert.equal(guess.family, row.family);
  if (row.version !== undefined) assert.equal(guess.version, row.version);
  if (row.label !== undefined) assert.equal(guess.label, row.label);
  if (row.path !== undefined) assert.deepEqual(guess.evidencePath, row.path);
  assert.ok(guess.evidence.length > 0);
}

describe('detectImageFamily: valid', () => {
  for (const row of VALID) {
    it(row.name, () => check(detectImageFamily(row.type, row.config), row));
  }

  it('lab case: evidence and package managers', () => {
    const guess = detectImageFamily('amazon-ebs', ami('amzn2-ami-hvm*', ['amazon']));
    assert.ok(guess);
    assert.equal(guess.evidence, 'source_ami_filter name "amzn2-ami-hvm*" and owner "amazon"');
    assert.deepEqual(guess.packageManagers, ['yum', 'rpm', 'amazon-linux-extras']);
  });

  it('reads the path of a value inside a list of names', () => {
    const guess = detectImageFamily('amazon-ebs', {
      source_ami_filter: { filters: { name: ['amzn2-ami-hvm-*-x86_64-gp2'] } },
    });
    assert.deepEqual(guess?.evidencePath, ['source_ami_filter', 'filters', 'name', '0']);
  });

  it('UBI minimal has microdnf and rpm only', () => {
    const guess = detectImageFamily('docker', { image: 'registry.access.redhat.com/ubi9/ubi-minimal' });
    assert.deepEqual(guess?.packageManagers, ['microdnf', 'rpm']);
    assert.equal(guess?.variant, 'ubi-minimal');
  });

  it('does not read a year that is not the release', () => {
    const guess = detectImageFamily('hyperv-iso', {
      iso_url: 'https://example.com/en_windows_server_version_1903_updated_nov_2019_x64_dvd.iso',
    });
    assert.equal(guess?.family, 'windows');
    assert.equal(guess?.version, undefined);
  });
});

describe('detectImageFamily: says nothing when unsure', () => {
  for (const row of INVALID) {
    it(row.name, () => assert.equal(detectImageFamily(row.type, row.config), undefined));
  }
});

describe('literalText', () => {
  it('masks template calls and expressions', () => {
    assert.equal(literalText('ubuntu-{{user `codename`}}-*'), 'ubuntu-*-*');
    assert.equal(literalText('a-${var.x}-b-%{ if true }x%{ endif }'), 'a-*-b-*x*');
    assert.equal(literalText('${format("%s-%s", var.a, "}")}-tail'), '*-tail');
  });
});

describe('package manager availability', () => {
  const al2 = detectImageFamily('amazon-ebs', ami('amzn2-ami-hvm*', ['amazon']));
  const al2023 = detectImageFamily('amazon-ebs', ami('al2023-ami-*', ['amazon']));
  const centos7 = detectImageFamily('docker', { image: 'centos:7' });
  const rhel9 = detectImageFamily('googlecompute', { source_image_family: 'rhel-9' });
  assert.ok(al2 && al2023 && centos7 && rhel9);

  const rows: Array<[string, ImageFamilyGuess | DistroFamily, boolean]> = [
    ['apt', al2, false],
    ['apt-get', al2, false],
    ['dpkg', al2, false],
    ['yum', al2, true],
    ['rpm', al2, true],
    ['amazon-linux-extras', al2, true],
    ['dnf', al2, false],
    ['dnf', al2023, true],
    ['yum', al2023, true],
    ['rpm', al2023, true],
    ['amazon-linux-extras', al2023, false],
    ['dnf', centos7, false],
    ['yum', centos7, true],
    ['dnf', 'centos', true], // release unknown: cannot tell
    ['dnf', rhel9, true],
    ['yum', rhel9, true],
    ['rpm', 'suse', true],
    ['rpm', 'fedora', true],
    ['zypper', 'suse', true],
    ['yum', 'suse', false],
    ['apt', 'ubuntu', true],
    ['snap', 'ubuntu', true],
    ['snap', 'debian', true], // may be installed
    ['yum', 'ubuntu', false],
    ['apk', 'alpine', true],
    ['apt', 'alpine', false],
    ['pacman', 'arch', true],
    ['apt', 'windows', false],
    ['yum', 'windows', false],
    ['pip', 'amazon-linux-2', true], // not a system package manager: never reported
  ];
  for (const [manager, target, expected] of rows) {
    const name = typeof target === 'string' ? target : target.label;
    it(`${manager} on ${name}: ${expected ? 'available or unknown' : 'missing'}`, () => {
      assert.equal(isManagerAvailable(manager, target), expected);
    });
  }

  it('distinguishes unknown from available', () => {
    assert.equal(managerAvailability('dnf', 'centos'), 'unknown');
    assert.equal(managerAvailability('yum', 'centos'), 'available');
    assert.equal(managerAvailability('aptitude', 'debian'), 'unknown');
  });

  it('lists what a family certainly has', () => {
    assert.deepEqual(applicableManagers('amazon-linux-2023'), ['dnf', 'yum', 'rpm']);
    assert.deepEqual(applicableManagers('windows'), []);
    assert.deepEqual(applicableManagers(centos7), ['yum', 'rpm']);
  });
});
