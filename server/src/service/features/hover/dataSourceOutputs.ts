/**
 * What the outputs of the data sources hold, in our words, for hover on `data.TYPE.NAME.ATTRIBUTE`.
 * The list of output names per type comes from the facts (hcl2Facts); a test checks that every
 * output listed there has a sentence here, and an output missing here is still listed, just bare.
 */
import { pluginOutputMeanings } from './pluginDataSourceOutputs';

const meanings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'amazon-ami': {
    id: 'The id of the AMI found (`ami-...`).',
    name: 'The name of the AMI found.',
    creation_date: 'When the AMI was created.',
    owner: 'The account id that owns the AMI.',
    owner_name: 'The owner alias (`amazon`, `aws-marketplace`...) or account id.',
    tags: 'The tags of the AMI, as a map.',
  },
  'amazon-parameterstore': {
    value: 'The value of the parameter.',
    version: 'The version of the parameter.',
    arn: 'The ARN of the parameter.',
  },
  'amazon-secretsmanager': {
    value: 'The value of the key asked for, or the whole secret string.',
    secret_string: 'The whole secret as a string.',
    secret_binary: 'The secret as binary data (base64), when stored that way.',
    version_id: 'The version of the secret read.',
  },
  'googlecompute-image': {
    id: 'The id of the image found.',
    name: 'The name of the image found.',
    creation_date: 'When the image was created.',
    labels: 'The labels of the image, as a map.',
  },
  http: {
    body: 'The body of the response, as a string.',
    url: 'The URL requested.',
    request_headers: 'The headers sent with the request.',
  },
  null: { output: 'The value given as `input`, passed through unchanged.' },
  'azure-keyvaultsecret': {
    value: 'The value of the secret.',
    response: 'The whole response of Key Vault, as JSON.',
  },
  'vsphere-virtualmachine': { vm_name: 'The name of the virtual machine found.' },
  'googlecompute-parametermanager': {
    payload: 'The payload of the parameter version, as stored.',
    value: 'The value of the key asked for in a JSON or YAML payload, or else the whole payload.',
  },
  'googlecompute-secretsmanager': {
    payload: 'The whole payload of the secret version, as a string.',
    value: 'The value of the key asked for in a JSON payload, or else the whole payload.',
    checksum: 'The CRC32C checksum of the payload, to check it arrived intact.',
  },
  'hcp-packer-artifact': {
    external_identifier: 'The id of the artifact on its platform: an AMI id, an image name...',
    platform: 'The platform the artifact lives on (`aws`, `azure`, `gce`...).',
    region: 'The region the artifact was published to.',
    component_type: 'The Packer builder that made the artifact (`amazon-ebs.builder`...).',
    labels: 'The labels recorded with the artifact, as a map.',
    build_id: 'The id of the HCP Packer build that made the artifact.',
    version_id: 'The id of the version the artifact belongs to.',
    channel_id: 'The id of the channel the version was read through.',
    packer_run_uuid: 'The id of the Packer run that made the artifact.',
    created_at: 'When the artifact was recorded.',
  },
  'hcp-packer-image': {
    id: 'The id of the image on its cloud (an AMI id, an image name...).',
    cloud_provider: 'The cloud the image lives on (`aws`, `azure`, `gce`...).',
    region: 'The region the image was published to.',
    component_type: 'The Packer builder that made the image.',
    labels: 'The labels recorded with the image, as a map.',
    build_id: 'The id of the HCP Packer build that made the image.',
    iteration_id: 'The id of the iteration the image belongs to.',
    channel_id: 'The id of the channel the iteration was read through.',
    packer_run_uuid: 'The id of the Packer run that made the image.',
    created_at: 'When the image was recorded.',
  },
  'hcp-packer-iteration': {
    id: 'The id of the iteration, for an `hcp-packer-image` data source.',
    bucket_name: 'The bucket the iteration belongs to.',
    channel_id: 'The id of the channel it was read through.',
    incremental_version: 'The version number of the iteration within its bucket.',
    fingerprint: 'The fingerprint that identifies the iteration (often a commit hash).',
    complete: 'Whether every build of the iteration has finished.',
    author_id: 'Who created the iteration.',
    created_at: 'When the iteration was created.',
    updated_at: 'When the iteration last changed.',
  },
  'hcp-packer-version': {
    id: 'The id of the version, for an `hcp-packer-artifact` data source.',
    name: 'The name of the version (`v1`, `v2`...).',
    bucket_name: 'The bucket the version belongs to.',
    channel_id: 'The id of the channel it was read through.',
    fingerprint: 'The fingerprint that identifies the version (often a commit hash).',
    status: 'The state of the version: whether its builds are done, running or failed.',
    author_id: 'Who created the version.',
    created_at: 'When the version was created.',
    updated_at: 'When the version last changed.',
  },
};

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export function dataSourceOutputMeaning(type: string, output: string): string | undefined {
  const forType = own(meanings, type) ?? own(pluginOutputMeanings, type);
  return forType === undefined ? undefined : own(forType, output);
}
