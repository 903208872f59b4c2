/**
 * What the outputs of the plugin data sources beyond the nine plugins first covered hold, in our words
 * (see dataSourceOutputs.ts).
 */
const external = { result: 'What the program printed: an object for the JSON form, text for the raw one.' };
const sshkey = {
  private_key_path: 'Path of the private key file on this machine, for `ssh_private_key_file`.',
  public_key: 'The public key, in authorized_keys format.',
};

export const pluginOutputMeanings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'digitalocean-image': {
    image_id: 'The id of the image found, for the `image` setting of the digitalocean builder.',
    image_regions: 'The regions the image is available in.',
  },
  external,
  'external-json': external,
  'external-raw': external,
  'git-commit': {
    author: 'Who wrote the commit (name and e-mail).',
    branches: 'The branches whose tip is this commit.',
    committer: 'Who committed it (name and e-mail).',
    hash: 'The full hash of the commit.',
    message: 'The commit message.',
    parent_hashes: 'The hashes of its parent commits.',
    pgp_signature: 'Its PGP signature, when signed.',
    timestamp: 'When it was committed.',
    tree_hash: 'The hash of its tree.',
  },
  'git-local': { commit_sha: 'The hash of the commit HEAD points at.' },
  'git-repository': {
    branches: 'The names of the local branches.',
    head: 'The branch or commit HEAD points at.',
    is_clean: 'Whether the working tree has no uncommitted change.',
    tags: 'The names of the tags.',
  },
  'git-tree': { files: 'The paths of the files in the tree.', hash: 'The hash of the tree.' },
  'ksyun-kmi': {
    creation_date: 'When the image was created.',
    id: 'The id of the image found.',
    image_source: 'Where the image comes from (system, custom, shared...).',
    name: 'The name of the image.',
    platform: 'The operating system platform of the image.',
  },
  'linode-image': {
    capabilities: 'What the image supports (cloud-init, for one).',
    created: 'When the image was created.',
    created_by: 'Who created it: `linode` for public images, else the user.',
    deprecated: 'Whether the image is deprecated.',
    description: 'Its description.',
    eol: 'When the distribution reaches its end of life.',
    expiry: 'When the image expires, if it does.',
    id: 'The id of the image found (`linode/ubuntu24.04`, `private/1234`).',
    is_public: 'Whether it is a public image.',
    label: 'Its label.',
    size: 'Its size in MB.',
    type: '`manual` or `automatic` (made from a backup).',
    updated: 'When it last changed.',
    vendor: 'The distribution vendor of a public image.',
  },
  'outscale-omi': {
    creation_date: 'When the OMI was created.',
    id: 'The id of the OMI found (`ami-...`).',
    name: 'The name of the OMI.',
    owner: 'The account id that owns the OMI.',
    owner_name: 'The owner alias or account id.',
    tags: 'The tags of the OMI, as a map.',
  },
  'oxide-image': { image_id: 'The id of the image found.' },
  sshkey,
  'sshkey-sshkey': sshkey,
};
