# SYNTAX TEST "source.packer.hcl" "attributes, literals, references, functions, operators, tuples, objects, for expressions"
locals {
  count_int   = 42
# ^^^^^^^^^ meta.attribute.packer.hcl variable.other.property.packer.hcl
#             ^ keyword.operator.assignment.packer.hcl
#               ^^ constant.numeric.integer.packer.hcl
  ratio       = 2.5
#               ^^^ constant.numeric.float.packer.hcl
  big         = 1e10
#               ^^^^ constant.numeric.float.packer.hcl
  negative    = -3.25e-2
#               ^ keyword.operator.arithmetic.packer.hcl
#                ^^^^^^^ constant.numeric.float.packer.hcl
  yes         = true
#               ^^^^ constant.language.boolean.packer.hcl
  no          = false
#               ^^^^^ constant.language.boolean.packer.hcl
  nothing     = null
#               ^^^^ constant.language.null.packer.hcl
  not_bool    = true_value
#               ^^^^^^^^^^ variable.other.readwrite.packer.hcl - constant.language.boolean.packer.hcl
  region      = var.region
#               ^^^ variable.language.packer.hcl
#                  ^ punctuation.accessor.packer.hcl
#                   ^^^^^^ variable.other.member.packer.hcl
  prefix      = local.prefix
#               ^^^^^ variable.language.packer.hcl
#                     ^^^^^^ variable.other.member.packer.hcl
  ami         = data.amazon-ami.ubuntu.id
#               ^^^^ variable.language.packer.hcl
#                    ^^^^^^^^^^ variable.other.member.packer.hcl
#                               ^^^^^^ variable.other.member.packer.hcl
#                                      ^^ variable.other.member.packer.hcl
  src         = source.amazon-ebs.ubuntu
#               ^^^^^^ variable.language.packer.hcl - entity.name.type.block.packer.hcl
#                      ^^^^^^^^^^ variable.other.member.packer.hcl
  build_id    = build.ID
#               ^^^^^ variable.language.packer.hcl
#                     ^^ variable.other.member.packer.hcl
  root        = path.root
#               ^^^^ variable.language.packer.hcl
#                    ^^^^ variable.other.member.packer.hcl
  cwd         = path.cwd
#                    ^^^ variable.other.member.packer.hcl
  version     = packer.version
#               ^^^^^^ variable.language.packer.hcl - entity.name.type.block.packer.hcl
#                      ^^^^^^^ variable.other.member.packer.hcl
  key         = each.key
#               ^^^^ variable.language.packer.hcl
#                    ^^^ variable.other.member.packer.hcl
  me          = self.name
#               ^^^^ variable.language.packer.hcl
#                    ^^^^ variable.other.member.packer.hcl
  plain       = some_name
#               ^^^^^^^^^ variable.other.readwrite.packer.hcl
  indexed     = var.list[0]
#                       ^ meta.brackets.packer.hcl punctuation.section.brackets.begin.packer.hcl
#                        ^ meta.brackets.packer.hcl constant.numeric.integer.packer.hcl
#                         ^ meta.brackets.packer.hcl punctuation.section.brackets.end.packer.hcl
  keyed       = var.map["k"].attr
#                       ^^^ meta.brackets.packer.hcl string.quoted.double.packer.hcl
#                            ^^^^ variable.other.member.packer.hcl
  legacy_idx  = var.list.0
#                        ^ constant.numeric.integer.packer.hcl
  splat_full  = var.disks[*].size
#                        ^ punctuation.section.brackets.begin.packer.hcl
#                         ^ keyword.operator.splat.packer.hcl
#                            ^^^^ variable.other.member.packer.hcl
  splat_attr  = var.disks.*.size
#                         ^ keyword.operator.splat.packer.hcl
  ts          = formatdate("YYYY-MM-DD", timestamp())
#               ^^^^^^^^^^ meta.function-call.packer.hcl entity.name.function.packer.hcl
#                         ^ meta.function-call.packer.hcl punctuation.section.parens.begin.packer.hcl
#                                      ^ meta.function-call.packer.hcl punctuation.separator.comma.packer.hcl
#                                        ^^^^^^^^^ meta.function-call.packer.hcl meta.function-call.packer.hcl entity.name.function.packer.hcl
#                                                  ^^ meta.function-call.packer.hcl punctuation.section.parens.end.packer.hcl
  joined      = join(",", concat(var.a, var.b)...)
#               ^^^^ entity.name.function.packer.hcl
#                         ^^^^^^ entity.name.function.packer.hcl
#                                             ^^^ keyword.operator.spread.packer.hcl
  secret      = aws_secretsmanager("db", "password")
#               ^^^^^^^^^^^^^^^^^^ entity.name.function.packer.hcl
  templ       = templatefile("${path.root}/user-data.sh", { port = 80 })
#               ^^^^^^^^^^^^ entity.name.function.packer.hcl
#                             ^^ meta.function-call.packer.hcl string.quoted.double.packer.hcl meta.template.expression.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#                                                           ^^^^ meta.function-call.packer.hcl meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
  math        = (1 + 2) * 3 / 4 % 5 - 6
#               ^ meta.parens.packer.hcl punctuation.section.parens.begin.packer.hcl
#                  ^ meta.parens.packer.hcl keyword.operator.arithmetic.packer.hcl
#                     ^ meta.parens.packer.hcl punctuation.section.parens.end.packer.hcl
#                       ^ keyword.operator.arithmetic.packer.hcl
#                           ^ keyword.operator.arithmetic.packer.hcl
#                               ^ keyword.operator.arithmetic.packer.hcl
  compare     = 1 == 1 && 2 != 3 || 4 <= 5 && 6 >= 7 && 8 < 9 && !(9 > 8)
#                 ^^ keyword.operator.comparison.packer.hcl
#                      ^^ keyword.operator.logical.packer.hcl
#                           ^^ keyword.operator.comparison.packer.hcl
#                                ^^ keyword.operator.logical.packer.hcl
#                                     ^^ keyword.operator.comparison.packer.hcl
#                                               ^^ keyword.operator.comparison.packer.hcl
#                                     ^ keyword.operator.comparison.packer.hcl
#                                                                ^ keyword.operator.logical.packer.hcl
#                                               ^ keyword.operator.comparison.packer.hcl
  choice      = var.prod ? "m5.large" : "t3.micro"
#                        ^ keyword.operator.ternary.packer.hcl
#                                     ^ keyword.operator.ternary.packer.hcl
  tuple       = ["a", 1, true, null, [2, 3]]
#               ^ meta.brackets.packer.hcl punctuation.section.brackets.begin.packer.hcl
#                ^^^ meta.brackets.packer.hcl string.quoted.double.packer.hcl
#                   ^ meta.brackets.packer.hcl punctuation.separator.comma.packer.hcl
#                                    ^^ meta.brackets.packer.hcl meta.brackets.packer.hcl
#                                         ^^ meta.brackets.packer.hcl punctuation.section.brackets.end.packer.hcl
  object      = { name = "web", "quoted key" = 1, (var.key) = 2, colon: 3 }
#               ^ meta.braces.packer.hcl punctuation.section.braces.begin.packer.hcl
#                 ^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
#                               ^^^^^^^^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl string.quoted.double.packer.hcl
#                                                 ^^^^^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl meta.parens.packer.hcl
#                                                  ^^^ meta.parens.packer.hcl variable.language.packer.hcl
#                                                                ^^^^^ meta.object.member.packer.hcl variable.other.property.packer.hcl
#                                                                     ^ meta.object.member.packer.hcl keyword.operator.assignment.packer.hcl
#                                                                         ^ meta.braces.packer.hcl punctuation.section.braces.end.packer.hcl
  nested      = {
    inner = {
#   ^^^^^ meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
      deep = [var.a, { x = 1 }]
#     ^^^^ meta.braces.packer.hcl meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
#                      ^ meta.brackets.packer.hcl meta.braces.packer.hcl meta.object.member.packer.hcl variable.other.property.packer.hcl
    }
    ternary_in_object = var.a ? 1 : 2
#   ^^^^^^^^^^^^^^^^^ variable.other.property.packer.hcl
#                             ^ keyword.operator.ternary.packer.hcl
#                                 ^ keyword.operator.ternary.packer.hcl - keyword.operator.assignment.packer.hcl
  }
  upper_names = [for s in var.names : upper(s) if s != ""]
#               ^ meta.brackets.packer.hcl punctuation.section.brackets.begin.packer.hcl
#                ^^^ meta.brackets.packer.hcl meta.for-expression.packer.hcl keyword.control.loop.for.packer.hcl
#                    ^ meta.for-expression.packer.hcl variable.other.readwrite.packer.hcl
#                      ^^ meta.for-expression.packer.hcl keyword.control.loop.in.packer.hcl
#                                   ^ meta.for-expression.packer.hcl punctuation.separator.for-expression.packer.hcl
#                                     ^^^^^ meta.for-expression.packer.hcl meta.function-call.packer.hcl entity.name.function.packer.hcl
#                                              ^^ meta.for-expression.packer.hcl keyword.control.conditional.if.packer.hcl
#                                                        ^ meta.brackets.packer.hcl punctuation.section.brackets.end.packer.hcl - meta.for-expression.packer.hcl
  by_key      = { for k, v in var.tags : lower(k) => v... }
#               ^ meta.braces.packer.hcl punctuation.section.braces.begin.packer.hcl
#                 ^^^ meta.braces.packer.hcl meta.for-expression.packer.hcl keyword.control.loop.for.packer.hcl
#                     ^ meta.for-expression.packer.hcl variable.other.readwrite.packer.hcl
#                      ^ meta.for-expression.packer.hcl punctuation.separator.comma.packer.hcl
#                        ^ meta.for-expression.packer.hcl variable.other.readwrite.packer.hcl
#                          ^^ keyword.control.loop.in.packer.hcl
#                                                 ^^ meta.for-expression.packer.hcl keyword.operator.arrow.packer.hcl
#                                                     ^^^ meta.for-expression.packer.hcl keyword.operator.spread.packer.hcl
#                                                         ^ meta.braces.packer.hcl punctuation.section.braces.end.packer.hcl
  multi_line  = [
    for s in var.names :
#   ^^^ meta.brackets.packer.hcl meta.for-expression.packer.hcl keyword.control.loop.for.packer.hcl
    s if s != "skip"
#     ^^ meta.for-expression.packer.hcl keyword.control.conditional.if.packer.hcl
  ]
# ^ meta.brackets.packer.hcl punctuation.section.brackets.end.packer.hcl
  my-name     = 1
# ^^^^^^^ variable.other.property.packer.hcl
  forward     = var.for_each
#                   ^^^^^^^^ variable.other.member.packer.hcl - keyword.control.loop.for.packer.hcl
}
variable "typed" {
  type = object({ name = string, size = optional(number, 8), tags = map(string), any_v = list(any), ok = set(bool), t = tuple([string]) })
#        ^^^^^^ meta.function-call.packer.hcl support.type.packer.hcl - entity.name.function.packer.hcl
#                        ^^^^^^ support.type.primitive.packer.hcl
#                                       ^^^^^^^^ support.type.packer.hcl
#                                                ^^^^^^ support.type.primitive.packer.hcl
#                                                                   ^^^ support.type.packer.hcl
#                                                                                        ^^^^ support.type.packer.hcl
#                                                                                             ^^^ support.type.primitive.packer.hcl
#                                                                                                        ^^^ support.type.packer.hcl
#                                                                                                            ^^^^ support.type.primitive.packer.hcl
#                                                                                                                       ^^^^^ support.type.packer.hcl
}
one_line { a = 1 }
#          ^ meta.block.packer.hcl meta.attribute.packer.hcl variable.other.property.packer.hcl
#              ^ meta.attribute.packer.hcl constant.numeric.integer.packer.hcl
#                ^ meta.block.packer.hcl punctuation.section.block.end.packer.hcl - meta.attribute.packer.hcl
after = "still fine"
# <----- meta.attribute.packer.hcl variable.other.property.packer.hcl - meta.block.packer.hcl
