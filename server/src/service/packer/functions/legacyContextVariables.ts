/**
 * Template variables of legacy JSON templates: `{{ .Name }}` fields a component fills in some of its
 * own settings (a provisioner's `execute_command`, a builder's `boot_command`...). They are not
 * functions, so they live apart from the function table; completion offers them after `{{ .`.
 * A selection of the common ones, read from the components' sources, not an exhaustive list.
 */
import { LEGACY_DOCS } from './legacyFunctions';
import type { LegacyContextVariable } from './types';

function field(name: string, components: readonly string[], summary: string): LegacyContextVariable {
  return { name, summary, components, docs: LEGACY_DOCS };
}

const HTTP_SERVER_BUILDERS = ['qemu', 'virtualbox-*', 'vmware-*', 'hyperv-*', 'parallels-*', 'vsphere-*', 'proxmox*'];
const BOOT_COMMAND_BUILDERS = ['qemu', 'virtualbox-*', 'vmware-*', 'hyperv-*', 'parallels-*'];
const SCRIPT_PROVISIONERS = ['shell', 'powershell', 'windows-shell'];
const AMAZON = ['amazon-*'];

export const legacyContextVariables: readonly LegacyContextVariable[] = [
  field('Architecture', ['vagrant'], 'The architecture of the box, in the output path of the vagrant post-processor.'),
  field(
    'BuildName',
    ['checksum', 'compress', 'vagrant'],
    'The name of the build, in the output path of the post-processor.',
  ),
  field('BuildRegion', AMAZON, 'The AWS region the image is built in.'),
  field('BuilderType', ['checksum', 'compress'], 'The type of the builder that made the artifact.'),
  field('ChecksumType', ['checksum'], 'The hash algorithm, in the output path of the checksum post-processor.'),
  field('Command', ['amazon-chroot', 'azure-chroot', 'shell-local'], 'The command to run, in the command wrapper.'),
  field('Device', ['amazon-chroot', 'azure-chroot'], 'The device of the attached volume, in the partition settings.'),
  field('EnvVarFile', ['shell'], 'The remote file holding the environment variables, when `use_env_var_file` is set.'),
  field('HTTPIP', HTTP_SERVER_BUILDERS, "The IP address of Packer's HTTP server, as the guest should reach it."),
  field('HTTPPort', HTTP_SERVER_BUILDERS, "The port of Packer's HTTP server that serves `http_directory`."),
  field('Image', ['docker'], "The image being built, in the docker builder's commit and run settings."),
  field('Name', BOOT_COMMAND_BUILDERS, 'The name of the virtual machine, in the boot command.'),
  field('Path', SCRIPT_PROVISIONERS, 'The path of the uploaded script on the machine, in `execute_command`.'),
  field('Provider', ['vagrant'], 'The Vagrant provider of the box, in the output path of the vagrant post-processor.'),
  field('Script', ['shell-local'], 'The path of the local script to run, in `execute_command`.'),
  field('SourceAMI', AMAZON, 'The ID of the AMI the build starts from.'),
  field('SourceAMICreationDate', AMAZON, 'The creation date of the source AMI.'),
  field('SourceAMIName', AMAZON, 'The name of the source AMI.'),
  field('SourceAMIOwner', AMAZON, 'The account ID that owns the source AMI.'),
  field('SourceAMIOwnerName', AMAZON, 'The owner alias of the source AMI, such as `amazon`.'),
  field(
    'Vars',
    [...SCRIPT_PROVISIONERS, 'shell-local'],
    'The environment variable assignments for the script, in `execute_command`.',
  ),
  field('WinRMPassword', ['powershell'], 'The password of the WinRM connection, typically for `elevated_password`.'),
];
