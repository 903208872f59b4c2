# SYNTAX TEST "source.packer.hcl" "comments, Packer's block types, labels and nested blocks"
# A hash comment
# ^^^^^^^^^^^^^^ comment.line.number-sign.packer.hcl
// A double-slash comment
# <-- comment.line.double-slash.packer.hcl punctuation.definition.comment.packer.hcl
#  ^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.packer.hcl
/* a block comment */ packer {
# <-- comment.block.packer.hcl punctuation.definition.comment.packer.hcl
#  ^^^^^^^^^^^^^^^ comment.block.packer.hcl
#                  ^^ comment.block.packer.hcl punctuation.definition.comment.packer.hcl
#                     ^^^^^^ meta.block.packer.hcl entity.name.type.block.packer.hcl
#                            ^ meta.block.packer.hcl punctuation.section.block.begin.packer.hcl
  required_version = ">= 1.9.0"
# ^^^^^^^^^^^^^^^^ meta.block.packer.hcl meta.attribute.packer.hcl variable.other.property.packer.hcl - entity.name.type.block.packer.hcl
#                  ^ meta.attribute.packer.hcl keyword.operator.assignment.packer.hcl
  required_plugins {
# ^^^^^^^^^^^^^^^^ meta.block.packer.hcl meta.block.packer.hcl entity.name.type.block.packer.hcl
    amazon = {
#   ^^^^^^ meta.attribute.packer.hcl variable.other.property.packer.hcl
#            ^ meta.attribute.packer.hcl meta.braces.packer.hcl punctuation.section.braces.begin.packer.hcl
      source  = "github.com/hashicorp/amazon"
#     ^^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl - entity.name.type.block.packer.hcl variable.language.packer.hcl
    }
  }
}
/*
  a comment over
  several lines { "not" = code }
#                 ^^^^^^^^^^^^ comment.block.packer.hcl - string.quoted.double.packer.hcl keyword.operator.assignment.packer.hcl
*/
variable "region" {
# <-------- entity.name.type.block.packer.hcl
#        ^^^^^^^^ meta.block.packer.hcl string.quoted.double.label.packer.hcl - support.type.component.packer.hcl
#         ^^^^^^ string.quoted.double.label.packer.hcl - entity.name.label.packer.hcl
  type        = string
#               ^^^^^^ support.type.primitive.packer.hcl
  default     = "us-east-1"
  description = "The region" # trailing comment
#                            ^ comment.line.number-sign.packer.hcl punctuation.definition.comment.packer.hcl
#                              ^^^^^^^^^^^^^^^^ comment.line.number-sign.packer.hcl
  sensitive   = false
  validation {
# ^^^^^^^^^^ meta.block.packer.hcl meta.block.packer.hcl entity.name.type.block.packer.hcl
    condition     = can(regex("^[a-z]+-[a-z]+-[0-9]$", var.region))
    error_message = "Not a region."
  }
}
variables {
# <--------- entity.name.type.block.packer.hcl
  legacy = "x"
}
locals {
# <------ entity.name.type.block.packer.hcl
  ts = "x"
}
local "secret" {
# <----- entity.name.type.block.packer.hcl
  expression = "x"
  sensitive  = true
}
data "amazon-ami" "ubuntu" {
# <---- entity.name.type.block.packer.hcl
#    ^^^^^^^^^^^^ string.quoted.double.label.packer.hcl
#     ^^^^^^^^^^ string.quoted.double.label.packer.hcl support.type.component.packer.hcl
#                 ^^^^^^^^ string.quoted.double.label.packer.hcl - support.type.component.packer.hcl
  filters = {
    name = "ubuntu/images/*"
  }
}
source "amazon-ebs" "ubuntu" {
# <------ meta.block.packer.hcl entity.name.type.block.packer.hcl
#      ^ string.quoted.double.label.packer.hcl punctuation.definition.string.begin.packer.hcl
#       ^^^^^^^^^^ string.quoted.double.label.packer.hcl support.type.component.packer.hcl
#                 ^ string.quoted.double.label.packer.hcl punctuation.definition.string.end.packer.hcl
#                    ^^^^^^ string.quoted.double.label.packer.hcl - support.type.component.packer.hcl
#                            ^ punctuation.section.block.begin.packer.hcl
  source_ami_filter {
# ^^^^^^^^^^^^^^^^^ meta.block.packer.hcl meta.block.packer.hcl entity.name.type.block.nested.packer.hcl
    most_recent = true
  }
  launch_block_device_mappings {
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.block.nested.packer.hcl
    volume_size = 40
  }
}
# <- meta.block.packer.hcl punctuation.section.block.end.packer.hcl
build {
# <----- entity.name.type.block.packer.hcl
  name    = "web"
  sources = ["source.amazon-ebs.ubuntu"]
  source "source.amazon-ebs.ubuntu" { name = "second" }
# ^^^^^^ meta.block.packer.hcl meta.block.packer.hcl entity.name.type.block.packer.hcl
#         ^^^^^^^^^^^^^^^^^^^^^^^^ support.type.component.packer.hcl
#                                     ^^^^ meta.block.packer.hcl meta.block.packer.hcl meta.attribute.packer.hcl variable.other.property.packer.hcl
#                                                     ^ meta.block.packer.hcl meta.block.packer.hcl punctuation.section.block.end.packer.hcl
  provisioner "shell" {
# ^^^^^^^^^^^ entity.name.type.block.packer.hcl
#              ^^^^^ support.type.component.packer.hcl
    inline = ["echo hi"]
  }
  error-cleanup-provisioner "shell-local" {
# ^^^^^^^^^^^^^^^^^^^^^^^^^ entity.name.type.block.packer.hcl
#                            ^^^^^^^^^^^ support.type.component.packer.hcl
    inline = ["echo failed"]
  }
  post-processors {
# ^^^^^^^^^^^^^^^ entity.name.type.block.packer.hcl
    post-processor "manifest" {}
#   ^^^^^^^^^^^^^^ meta.block.packer.hcl meta.block.packer.hcl meta.block.packer.hcl entity.name.type.block.packer.hcl
#                   ^^^^^^^^ support.type.component.packer.hcl
#                             ^ punctuation.section.block.begin.packer.hcl
#                              ^ punctuation.section.block.end.packer.hcl
  }
  hcp_packer_registry {
# ^^^^^^^^^^^^^^^^^^^ entity.name.type.block.packer.hcl
    bucket_name = "web"
  }
}
dynamic "tag" {
# <------- entity.name.type.block.packer.hcl
#        ^^^ string.quoted.double.label.packer.hcl - support.type.component.packer.hcl
  for_each = var.tags
  content {
# ^^^^^^^ entity.name.type.block.packer.hcl
    key = tag.key
  }
}
custom bare_label "quoted" {}
# <------ entity.name.type.block.nested.packer.hcl
#      ^^^^^^^^^^ entity.name.label.packer.hcl
#                  ^^^^^^ string.quoted.double.label.packer.hcl
my-source "x" {}
# <--------- entity.name.type.block.nested.packer.hcl - support.type.component.packer.hcl
#          ^ string.quoted.double.label.packer.hcl - support.type.component.packer.hcl
