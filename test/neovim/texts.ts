/** The Packer files of the Neovim scenarios, and where to put the cursor in them. */

/** The LSP position (line, UTF-16 character) `delta` characters into the first `needle` of `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" not found`);
  const lines = text.slice(0, at + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]?.length ?? 0 };
}

export const VARIABLES = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "zone_hint" {
  type    = string
  default = "a"
}
`;

export const MAIN = `source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = var.instance_type
  ami_name      = "web-\${var.region}-{{timestamp}}"
  ssh_username  = "ec2-user"
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    inline = ["echo \${upper(var.region)} \${var.zone}"]
  }
}
`;

export const AUTO_VARS = `region = "us-east-1"
`;

export const TYPO_VARS = `regoin = "us-east-1"
`;

export const HALF_SETTING = 'source "amazon-ebs" "web" {\n  region = "x"\n  ins\n';
export const HALF_VAR = 'source "null" "x" {\n  communicator = var.\n}\n';

// Non-ASCII before edits on the same line (Neovim's change, then the formatter's): a side counting
// bytes or code points instead of UTF-16 units would misplace them.
export const UNFORMATTED = `# The image: "café ☕" builds.
source "null" "café" {
communicator="none"
    ssh_host  =  "ünïcode🚀.example"   # résumé
}

build {
sources=["source.null.café"]
  provisioner "shell-local" {
      inline=["echo ☕ ok", "echo two"]
     environment_vars = ["A=1"]
  }
}
`;

/** What Debian's `packer fmt` (1.6.6) writes for UNFORMATTED. */
export const FORMATTED = `# The image: "café ☕" builds.
source "null" "café" {
  communicator = "none"
  ssh_host     = "ünïcode🚀.example" # résumé
}

build {
  sources = ["source.null.café"]
  provisioner "shell-local" {
    inline           = ["echo ☕ ok", "echo two"]
    environment_vars = ["A=1"]
  }
}
`;
