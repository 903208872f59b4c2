/**
 * The second answer to `apt` on an image that has no apt: keep the commands and build from
 * Ubuntu instead. Only offered where the image comes from an AMI filter, which can be pointed at
 * Canonical's official images exactly.
 */
import type { SettingEdits } from '../edits/settingEdits';
import type { TemplateComponent } from '../model/legacyTemplate';
import { propertyValue, type ValueNode } from '../parsing/tree';
import type { Fix, TextReplacement } from '../types';

/** Canonical's account, which publishes the official Ubuntu AMIs. */
const CANONICAL_OWNER = '099720109477';
/** The current LTS release's official server image, SSD-backed, for the builder's architecture. */
const ubuntuAmiName = (arch: 'amd64' | 'arm64') => `ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-${arch}-server-*`;
const DEBIAN_MANAGERS = new Set(['apt', 'apt-get', 'aptitude', 'dpkg']);

export function switchToUbuntuFix(
  edit: SettingEdits,
  builders: TemplateComponent[],
  manager: string,
): Omit<Fix, 'isPreferred'> | undefined {
  if (!DEBIAN_MANAGERS.has(manager)) return undefined;
  const edits: TextReplacement[] = [];
  // A build may name one source twice: edit each builder once.
  for (const builder of new Set(builders)) {
    if (!builder.type?.startsWith('amazon-') || builder.node === undefined) return undefined;
    const filter = propertyValue(builder.node, 'source_ami_filter');
    const name = propertyValue(propertyValue(filter, 'filters'), 'name');
    const owners = propertyValue(filter, 'owners');
    if (name?.type !== 'string' || owners === undefined) return undefined;
    edits.push(
      edit.replaceValue(name, ubuntuAmiName(architecture(builder, name.value))),
      edit.replaceValue(owners, [CANONICAL_OWNER]),
    );
    const user = propertyValue(builder.node, 'ssh_username');
    if (isString(user, 'ec2-user')) edits.push(edit.replaceValue(user as ValueNode, 'ubuntu'));
  }
  return { title: 'Build from Ubuntu 24.04 LTS instead (keeps apt)', edits };
}

/**
 * arm64 when the current image or the instance type says so (Graviton types have a "g" after
 * the generation: t4g, m7g, c6gn), else amd64: an image of the wrong architecture cannot launch.
 */
function architecture(builder: TemplateComponent, imageName: string): 'amd64' | 'arm64' {
  if (/arm64|aarch64/i.test(imageName)) return 'arm64';
  const instanceType = propertyValue(builder.node, 'instance_type');
  if (instanceType?.type === 'string' && /^[a-z]+\d+g[a-z]*\./.test(instanceType.value)) return 'arm64';
  return 'amd64';
}

function isString(node: ValueNode | undefined, value: string): boolean {
  return node?.type === 'string' && node.value === value;
}
