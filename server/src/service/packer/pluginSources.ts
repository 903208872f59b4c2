/**
 * The plugins templates most often require, by the local name written in `required_plugins`, with
 * the source address `packer init` installs them from. Some have moved from HashiCorp to their
 * vendor's organisation; the address given is the current one.
 */

export interface PluginSource {
  /** The local name: `amazon = { ... }`. */
  readonly name: string;
  readonly source: string;
  /** What the plugin brings, in a few words. */
  readonly summary: string;
}

const hashicorp = (name: string, summary: string): PluginSource => ({
  name,
  source: `github.com/hashicorp/${name}`,
  summary,
});

export const PLUGIN_SOURCES: readonly PluginSource[] = [
  hashicorp('amazon', 'Amazon EC2 builders (amazon-ebs...) and data sources'),
  hashicorp('azure', 'Azure builders (azure-arm...) and the Key Vault data source'),
  hashicorp('googlecompute', 'Google Compute Engine builder, image export and import'),
  hashicorp('docker', 'Docker builder and image post-processors'),
  hashicorp('ansible', 'Ansible provisioners (ansible, ansible-local)'),
  hashicorp('qemu', 'QEMU/KVM builder'),
  hashicorp('virtualbox', 'VirtualBox builders (virtualbox-iso, -ovf, -vm)'),
  { name: 'vmware', source: 'github.com/vmware/vmware', summary: 'VMware Workstation and Fusion builders' },
  { name: 'vsphere', source: 'github.com/vmware/vsphere', summary: 'vSphere builders and post-processors' },
  hashicorp('hyperv', 'Hyper-V builders (hyperv-iso, hyperv-vmcx)'),
  { name: 'parallels', source: 'github.com/parallels/parallels', summary: 'Parallels Desktop builders' },
  hashicorp('vagrant', 'Vagrant builder and post-processors'),
  hashicorp('proxmox', 'Proxmox VE builders (proxmox-iso, proxmox-clone)'),
  hashicorp('openstack', 'OpenStack builder'),
  hashicorp('chef', 'Chef provisioners (chef-solo, chef-client)'),
  hashicorp('puppet', 'Puppet provisioners (puppet-masterless, puppet-server)'),
  hashicorp('lxd', 'LXD builder'),
  { name: 'digitalocean', source: 'github.com/digitalocean/digitalocean', summary: 'DigitalOcean builder' },
  { name: 'hcloud', source: 'github.com/hetznercloud/hcloud', summary: 'Hetzner Cloud builder' },
  { name: 'windows-update', source: 'github.com/rgl/windows-update', summary: 'Windows Update provisioner' },
  { name: 'git', source: 'github.com/ethanmdavidson/git', summary: 'Git data sources (commit, repository...)' },
];

/** The usual source of a plugin by its local name. */
export function pluginSource(name: string): PluginSource | undefined {
  return PLUGIN_SOURCES.find((p) => p.name === name);
}
