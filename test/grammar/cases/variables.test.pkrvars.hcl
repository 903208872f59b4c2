# SYNTAX TEST "source.packer.hcl" "a *.pkrvars.hcl file: attributes only"
region        = "eu-west-1"
# <------ meta.attribute.packer.hcl variable.other.property.packer.hcl
#             ^ meta.attribute.packer.hcl keyword.operator.assignment.packer.hcl
#               ^^^^^^^^^^^ meta.attribute.packer.hcl string.quoted.double.packer.hcl
instance_type = "t3.small"
ami_regions   = ["eu-west-1", "eu-central-1"]
#               ^ meta.attribute.packer.hcl meta.brackets.packer.hcl punctuation.section.brackets.begin.packer.hcl
volume_size   = 40
#               ^^ constant.numeric.integer.packer.hcl
encrypt       = true
#               ^^^^ constant.language.boolean.packer.hcl
tags = {
# <---- variable.other.property.packer.hcl
  Owner   = "platform"
# ^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
  "cost-center" = "42"
# ^^^^^^^^^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl string.quoted.double.packer.hcl
}
# pkrvars files hold no blocks, but a comment is fine
# <- comment.line.number-sign.packer.hcl punctuation.definition.comment.packer.hcl
