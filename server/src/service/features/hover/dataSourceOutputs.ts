/**
 * What the outputs of the common data sources hold, in our words, for hover on
 * `data.TYPE.NAME.ATTRIBUTE`. The list of output names per type comes from the facts (hcl2Facts);
 * an output missing here is still listed, just without a sentence.
 */
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
};

export function dataSourceOutputMeaning(type: string, output: string): string | undefined {
  const forType = Object.prototype.hasOwnProperty.call(meanings, type) ? meanings[type] : undefined;
  return forType !== undefined && Object.prototype.hasOwnProperty.call(forType, output) ? forType[output] : undefined;
}
