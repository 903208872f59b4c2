/**
 * What a builder shares about the machine once it is up: read as `{{ build `Host` }}` in legacy
 * templates and as `build.Host` in HCL2, in provisioners and post-processors. The names are the
 * ones Packer documents for the `build` function and the HCL2 `build` variables.
 */
export interface BuildVariable {
  readonly name: string;
  readonly summary: string;
  /** HCL2 only: `build.name` is the build block's name; legacy templates have `{{ build_name }}`. */
  readonly hclOnly?: boolean;
}

export const BUILD_VARIABLES_DOCS =
  'https://developer.hashicorp.com/packer/docs/templates/hcl_templates/contextual-variables';

const variable = (name: string, summary: string, hclOnly?: boolean): BuildVariable => ({
  name,
  summary,
  ...(hclOnly && { hclOnly }),
});

export const buildVariables: readonly BuildVariable[] = [
  variable('name', 'The name of the build (the `name` of the build block, or the source name).', true),
  variable('ID', 'An identifier of the machine being built (such as an instance id).'),
  variable('ConnType', 'The communicator type used to reach the machine (`ssh`, `winrm`...).'),
  variable('Host', 'The address the communicator connects to.'),
  variable('Port', 'The port the communicator connects to.'),
  variable('User', 'The user the communicator logs in as.'),
  variable('Password', 'The password the communicator logs in with.'),
  variable('SSHPublicKey', 'The public key of the temporary SSH key pair.'),
  variable('SSHPrivateKey', 'The private key of the temporary SSH key pair.'),
  variable('SSHAgentAuth', 'Whether SSH authenticates through the local agent.'),
  variable('WinRMPassword', 'The password WinRM logs in with.'),
  variable('PackerRunUUID', 'A unique id of this run of Packer.'),
  variable(
    'PackerHTTPAddr',
    'Address of the HTTP server Packer starts to serve files to the machine (`http_directory`).',
  ),
  variable('PackerHTTPIP', 'IP address of that HTTP server.'),
  variable('PackerHTTPPort', 'Port of that HTTP server.'),
];
