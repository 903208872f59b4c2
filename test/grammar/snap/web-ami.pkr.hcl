# A realistic Packer HCL2 build: an Ubuntu web AMI, also built as a Docker image.
packer {
  required_version = ">= 1.9.0"
  required_plugins {
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
    docker = {
      version = "~> 1"
      source  = "github.com/hashicorp/docker"
    }
  }
}

variable "region" {
  type        = string
  default     = "us-east-1"
  description = "AWS region to build in"

  validation {
    condition     = can(regex("^[a-z]{2}-[a-z]+-\\d$", var.region))
    error_message = "The region must look like us-east-1."
  }
}

variable "instance_types" {
  type    = list(string)
  default = ["t3.micro", "t3.small"]
}

variable "tags" {
  type = map(string)
  default = {
    Team = "platform"
  }
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  ami_name  = "web-${var.region}-${local.timestamp}"
  all_tags = merge(var.tags, {
    Name      = local.ami_name
    BuiltWith = "packer ${packer.version}"
  })
  upper_tags = { for k, v in var.tags : upper(k) => v if v != "" }
  sizes      = [for t in var.instance_types : split(".", t)[1]]
}

local "secret" {
  expression = vault("/secret/data/web", "api_key")
  sensitive  = true
}

data "amazon-ami" "ubuntu" {
  region = var.region
  filters = {
    name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    root-device-type    = "ebs"
    virtualization-type = "hvm"
  }
  most_recent = true
  owners      = ["099720109477"]
}

source "amazon-ebs" "web" {
  region        = var.region
  source_ami    = data.amazon-ami.ubuntu.id
  instance_type = var.instance_types[0]
  ssh_username  = "ubuntu"
  ami_name      = local.ami_name
  ami_description = "Web AMI from {{ .SourceAMI }} built {{ isotime \"2006-01-02\" }}"
  tags          = local.all_tags

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = 20
    volume_type           = "gp3"
    delete_on_termination = true
  }

  dynamic "tag" {
    for_each = local.upper_tags
    content {
      key   = tag.key
      value = tag.value
    }
  }
}

source "docker" "web" {
  image  = "ubuntu:22.04"
  commit = true
  changes = [
    "EXPOSE 80",
    "CMD [\"nginx\", \"-g\", \"daemon off;\"]",
  ]
}

build {
  name = "web"
  sources = [
    "source.amazon-ebs.web",
    "source.docker.web",
  ]

  source "source.amazon-ebs.web" {
    name          = "web-large"
    instance_type = var.instance_types[1]
  }

  provisioner "shell" {
    environment_vars = ["DEBIAN_FRONTEND=noninteractive", "REGION=${var.region}"]
    execute_command  = "echo 'packer' | sudo -S sh -c '{{ .Vars }} {{ .Path }}'"
    inline = [
      "sudo apt-get update",
      "sudo apt-get install -y nginx",
    ]
    only = ["amazon-ebs.web"]
  }

  provisioner "file" {
    content     = templatefile("${path.root}/templates/site.conf.tpl", { port = 80, names = var.instance_types })
    destination = "/tmp/site.conf"
  }

  provisioner "shell" {
    inline = [<<-EOF
      #!/bin/sh
      set -eu
      echo "built by ${build.name} (${source.type}.${source.name})"
      %{ for t in var.instance_types ~}
      echo "${t}"
      %{ endfor ~}
      echo "{{ build_name }} $${HOME}"
      EOF
    ]
  }

  error-cleanup-provisioner "shell-local" {
    inline = ["echo 'build ${build.ID} failed' >> ${path.cwd}/failures.log"]
  }

  post-processors {
    post-processor "docker-tag" {
      repository = "example/web"
      tags       = ["latest", local.timestamp]
      only       = ["docker.web"]
    }
    post-processor "manifest" {
      output     = "${path.root}/manifest.json"
      strip_path = true
      custom_data = {
        region = var.region
        sizes  = join(",", local.sizes)
      }
    }
  }

  hcp_packer_registry {
    bucket_name = "web"
    description = <<EOT
Web server images.
Built from ${data.amazon-ami.ubuntu.id}.
EOT
    bucket_labels = {
      "os"    = "ubuntu"
      "owner" = var.tags["Team"]
    }
  }
}
