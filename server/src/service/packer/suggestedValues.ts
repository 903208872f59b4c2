/**
 * Values a knowledgeable person would write for a required setting that is missing, where there
 * is one right answer (or a safe, conventional one). Where there is none (a region, a source
 * image) no value is suggested and the fix is left to the user.
 */
import { HclExpressionText } from '../edits/settingEdits';
import type { ImageFamilyGuess } from './distro/imageFamily';

/** The login user that each distribution's official cloud images create. */
const sshUserByFamily: Record<string, string> = {
  'amazon-linux-1': 'ec2-user',
  'amazon-linux-2': 'ec2-user',
  'amazon-linux-2023': 'ec2-user',
  ubuntu: 'ubuntu',
  debian: 'admin',
  rhel: 'ec2-user',
  centos: 'centos',
  rocky: 'rocky',
  alma: 'ec2-user',
  fedora: 'fedora',
  suse: 'ec2-user',
  freebsd: 'ec2-user',
  arch: 'arch',
};

export interface SuggestionContext {
  componentType: string;
  family: ImageFamilyGuess | undefined;
  format: 'json' | 'hcl';
}

export function suggestedValue(key: string, context: SuggestionContext): unknown {
  const amazon = context.componentType.startsWith('amazon-');
  switch (key) {
    case 'ami_name': {
      // AMI names must be unique per account and region: a timestamp makes every build's name new.
      const prefix = `packer-${slug(context.family?.label ?? 'image')}`;
      // HCL2 has no {{timestamp}}: the same digits come from its functions (allowed in AMI names).
      return context.format === 'hcl'
        ? new HclExpressionText(`"${prefix}-\${formatdate("YYYYMMDDhhmmss", timestamp())}"`)
        : `${prefix}-{{timestamp}}`;
    }
    case 'instance_type':
      // Small, current, offered in every region, enough to run a package manager.
      return amazon ? 't3.micro' : undefined;
    case 'ssh_username':
      if (amazon) return context.family !== undefined ? sshUserByFamily[context.family.family] : undefined;
      // Builders that create the user themselves accept any name.
      return context.componentType === 'googlecompute' ? 'packer' : undefined;
    case 'winrm_username':
      return 'Administrator';
    default:
      return undefined;
  }
}

function slug(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'image'
  );
}
