/**
 * One line per component type, in our own words, shown next to the type in completion lists
 * (`source "|"`, `"type": "|"`). Every type we have a schema for has one; a test keeps it so.
 */
import type { ComponentKind } from '../schema/schemaTypes';
import { pluginSummaries } from './pluginComponentSummaries';

const summaries: Record<ComponentKind, Readonly<Record<string, string>>> = {
  builder: {
    'amazon-chroot': 'Builds an AMI from a volume attached to the running EC2 instance, without launching a new one.',
    'amazon-ebs': 'Launches an EC2 instance from a source AMI, provisions it and saves an EBS-backed AMI.',
    'amazon-ebssurrogate': 'Builds an AMI from a fresh EBS volume prepared by a surrogate instance.',
    'amazon-ebsvolume': 'Provisions EBS volumes through a temporary instance and keeps the volumes, not an AMI.',
    'amazon-instance': 'Builds an instance-store (S3-backed) AMI by bundling a running instance.',
    'azure-arm': 'Creates a VM in Azure Resource Manager and captures it as a managed image or VHD.',
    'azure-chroot': 'Builds an Azure managed image from a disk attached to the running Azure VM.',
    'azure-dtl': 'Builds an image inside an Azure DevTest Labs lab.',
    docker: 'Starts a container, provisions it and commits or exports the result.',
    file: 'Writes a file as the artifact; useful to test post-processors quickly.',
    googlecompute: 'Launches a Google Compute Engine instance and saves its disk as an image.',
    null: 'Connects to an existing machine over SSH or WinRM to run provisioners; creates nothing.',
    qemu: 'Installs a VM from an ISO with QEMU/KVM and keeps its disk image.',
    vagrant: 'Starts a Vagrant box, provisions it and packages a new box.',
    'virtualbox-iso': 'Installs a VirtualBox VM from an ISO and exports it as OVF/OVA.',
    'virtualbox-ovf': 'Imports an existing OVF/OVA into VirtualBox, provisions it and exports it again.',
    'virtualbox-vm': 'Provisions an already registered VirtualBox VM, optionally from a snapshot.',
    'vsphere-clone': 'Clones a vSphere VM or template, provisions the clone and keeps it.',
    'vsphere-iso': 'Creates a vSphere VM from an ISO and installs the guest OS.',
    'vsphere-supervisor': 'Deploys a VM through the vSphere Supervisor (Kubernetes VM Service) and publishes it.',
  },
  provisioner: {
    ansible: 'Runs an Ansible playbook from this machine against the machine being built.',
    'ansible-local': 'Runs an Ansible playbook on the machine being built (Ansible must be installed there).',
    'azure-dtlartifact': 'Applies Azure DevTest Labs artifacts to the VM.',
    breakpoint: 'Pauses the build until Enter is pressed, to inspect the machine.',
    file: 'Uploads files or directories to the machine (or downloads them from it).',
    'hcp-sbom': 'Downloads a software bill of materials from the machine for HCP Packer.',
    powershell: 'Runs PowerShell scripts or inline commands on a Windows machine.',
    shell: 'Runs shell scripts or inline commands on the machine over the communicator.',
    'shell-local': 'Runs shell commands on the machine running Packer.',
    sleep: 'Waits for a fixed duration before the next provisioner.',
    'windows-restart': 'Restarts a Windows machine and waits for it to come back.',
    'windows-shell': 'Runs cmd.exe commands or batch scripts on a Windows machine.',
  },
  'post-processor': {
    'amazon-import': 'Uploads an image to S3 and imports it as an AMI.',
    artifice: 'Replaces the artifact with files produced by provisioners, for later post-processors.',
    checksum: 'Writes checksum files of the artifact files.',
    compress: 'Packs the artifact files into an archive (tar.gz, zip, lz4...).',
    'docker-import': 'Imports a container export into a local Docker image.',
    'docker-push': 'Pushes a Docker image to a registry.',
    'docker-save': 'Saves a Docker image to a tar file.',
    'docker-tag': 'Tags a Docker image with a repository and tag.',
    'googlecompute-export': 'Exports a Compute Engine image to Cloud Storage as a tarball.',
    'googlecompute-import': 'Uploads a disk image to Cloud Storage and creates a Compute Engine image.',
    manifest: 'Records the artifacts of each build in a JSON manifest file.',
    provenance: 'Writes build provenance metadata about the artifacts.',
    'shell-local': 'Runs shell commands on the machine running Packer after the build.',
    vagrant: 'Turns the artifact into a Vagrant box for the matching provider.',
    'vagrant-cloud': 'Uploads a Vagrant box to HCP Vagrant Cloud and releases a version.',
    'vagrant-registry': 'Uploads a Vagrant box to an HCP Vagrant registry.',
    vsphere: 'Uploads the artifact to vSphere with ovftool.',
    'vsphere-template': 'Marks the vSphere VM as a template, optionally into a folder.',
  },
  'data-source': {
    'amazon-ami': 'Looks up the ID of an AMI by filters, for use as a source image.',
    'amazon-parameterstore': 'Reads a parameter from AWS Systems Manager Parameter Store.',
    'amazon-secretsmanager': 'Reads a secret from AWS Secrets Manager.',
    'azure-keyvaultsecret': 'Reads a secret from an Azure Key Vault.',
    'googlecompute-image': 'Looks up a Compute Engine image by name, family or filters.',
    'googlecompute-parametermanager': 'Reads a parameter version from Google Cloud Parameter Manager.',
    'googlecompute-secretsmanager': 'Reads a secret version from Google Cloud Secret Manager.',
    'hcp-packer-artifact': 'Reads an artifact of an HCP Packer version for a platform and region.',
    'hcp-packer-image': 'Reads an image of an HCP Packer iteration (older form of hcp-packer-artifact).',
    'hcp-packer-iteration': 'Reads the iteration a channel of an HCP Packer bucket points at (older form).',
    'hcp-packer-version': 'Reads the version a channel of an HCP Packer bucket points at.',
    http: 'Fetches a URL and exposes the response body and headers.',
    null: 'Passes an input through as its output; handy for testing.',
    'vsphere-virtualmachine': 'Finds a vSphere virtual machine by name, tags or other filters.',
  },
};

/** The one-line summary of a component type, if we wrote one. */
export function componentSummary(kind: ComponentKind, type: string): string | undefined {
  for (const forKind of [summaries[kind], pluginSummaries[kind]])
    if (Object.prototype.hasOwnProperty.call(forKind, type)) return forKind[type];
  return undefined;
}
