# SYNTAX TEST "source.packer.hcl" "strings, escapes, ${ } interpolations, %{ } directives, heredocs and Go-template calls"
source "amazon-ebs" "web" {
  plain    = "us-east-1"
#            ^ string.quoted.double.packer.hcl punctuation.definition.string.begin.packer.hcl
#             ^^^^^^^^^ string.quoted.double.packer.hcl
#                      ^ string.quoted.double.packer.hcl punctuation.definition.string.end.packer.hcl
  escapes  = "tab\t nl\n quote\" slash\\ \u00e9 \U0001F600"
#                ^^ string.quoted.double.packer.hcl constant.character.escape.packer.hcl
#                     ^^ constant.character.escape.packer.hcl
#                             ^^ constant.character.escape.packer.hcl
#                                     ^^ constant.character.escape.packer.hcl
#                                        ^^^^^^ constant.character.escape.packer.hcl
#                                               ^^^^^^^^^^ constant.character.escape.packer.hcl
  bad      = "C:\Windows"
#               ^^ string.quoted.double.packer.hcl invalid.illegal.unrecognized-escape.packer.hcl
#                       ^ punctuation.definition.string.end.packer.hcl
  literal  = "$${not_interpolated} %%{not_a_directive}"
#             ^^^ string.quoted.double.packer.hcl constant.character.escape.packer.hcl - meta.template.expression.packer.hcl
#                ^^^^^^^^^^^^^^^^ string.quoted.double.packer.hcl - variable.other.readwrite.packer.hcl
#                                  ^^^ constant.character.escape.packer.hcl - meta.template.directive.packer.hcl
  ami_name = "web-${var.env}-${formatdate("YYYYMMDD", timestamp())}"
#             ^^^^ string.quoted.double.packer.hcl - meta.template.expression.packer.hcl
#                 ^^ string.quoted.double.packer.hcl meta.template.expression.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#                   ^^^ string.quoted.double.packer.hcl meta.template.expression.packer.hcl meta.embedded.line.packer.hcl variable.language.packer.hcl
#                       ^^^ meta.template.expression.packer.hcl meta.embedded.line.packer.hcl variable.other.member.packer.hcl
#                          ^ string.quoted.double.packer.hcl meta.template.expression.packer.hcl punctuation.definition.template-expression.end.packer.hcl
#                              ^^^^^^^^^^ meta.template.expression.packer.hcl meta.embedded.line.packer.hcl meta.function-call.packer.hcl entity.name.function.packer.hcl
#                                         ^^^^^^^^^^ meta.template.expression.packer.hcl meta.function-call.packer.hcl string.quoted.double.packer.hcl
#                                                     ^^^^^^^^^ meta.template.expression.packer.hcl meta.function-call.packer.hcl entity.name.function.packer.hcl
#                                                                 ^ string.quoted.double.packer.hcl meta.template.expression.packer.hcl punctuation.definition.template-expression.end.packer.hcl
  strip    = "${~ var.a ~}"
#               ^ meta.template.expression.packer.hcl keyword.operator.template.strip.packer.hcl
#                       ^^ meta.template.expression.packer.hcl
#                     ^ meta.template.expression.packer.hcl variable.other.member.packer.hcl
  object   = "${ {a = 1}.a } ${ [for s in var.l : s][0] }"
#                ^^ meta.template.expression.packer.hcl meta.braces.packer.hcl
#                      ^ meta.template.expression.packer.hcl meta.braces.packer.hcl punctuation.section.braces.end.packer.hcl
#                          ^ meta.template.expression.packer.hcl punctuation.definition.template-expression.end.packer.hcl - meta.braces.packer.hcl
#                                ^^^ meta.template.expression.packer.hcl meta.brackets.packer.hcl meta.for-expression.packer.hcl keyword.control.loop.for.packer.hcl
  cond     = "%{ if var.prod }prod%{ else }dev%{ endif }"
#             ^^ string.quoted.double.packer.hcl meta.template.directive.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#                ^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
#                   ^^^ meta.template.directive.packer.hcl variable.language.packer.hcl
#                            ^ meta.template.directive.packer.hcl punctuation.definition.template-expression.end.packer.hcl
#                             ^^^^^^ string.quoted.double.packer.hcl
#                                    ^^^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
#                                          ^^^ string.quoted.double.packer.hcl - meta.template.directive.packer.hcl
#                                                ^^^^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
  loop     = "%{~ for i, n in var.names ~}${i}=${n} %{ endfor ~}"
#               ^ meta.template.directive.packer.hcl keyword.operator.template.strip.packer.hcl
#                 ^^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
#                     ^ meta.template.directive.packer.hcl variable.other.readwrite.packer.hcl
#                        ^ meta.template.directive.packer.hcl variable.other.readwrite.packer.hcl
#                          ^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
#                                         ^^^^ meta.template.expression.packer.hcl
#                                                      ^^^^^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
  nested   = "${upper("in ${var.x} side")}"
#                     ^^^ meta.template.expression.packer.hcl string.quoted.double.packer.hcl
#                         ^^^^^ meta.template.expression.packer.hcl string.quoted.double.packer.hcl meta.template.expression.packer.hcl
#                                  ^^^^ meta.template.expression.packer.hcl string.quoted.double.packer.hcl
  go_field = "{{ .SourceAMI }}"
#             ^^ string.quoted.double.packer.hcl meta.template.go-template.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#                ^ meta.template.go-template.packer.hcl punctuation.accessor.packer.hcl
#                 ^^^^^^^^^ meta.template.go-template.packer.hcl variable.other.member.packer.hcl
#                           ^^ meta.template.go-template.packer.hcl punctuation.definition.template-expression.end.packer.hcl
#                             ^ string.quoted.double.packer.hcl punctuation.definition.string.end.packer.hcl - meta.template.go-template.packer.hcl
  go_funcs = "{{ user `name` }}-{{isotime \"2006-01-02\"}}-{{ timestamp }}"
#                ^^^^ meta.template.go-template.packer.hcl entity.name.function.packer.hcl
#                     ^ meta.template.go-template.packer.hcl string.quoted.other.backtick.packer.hcl punctuation.definition.string.begin.packer.hcl
#                      ^^^^ meta.template.go-template.packer.hcl string.quoted.other.backtick.packer.hcl
#                                 ^^^^^^^ meta.template.go-template.packer.hcl entity.name.function.packer.hcl
#                                         ^^ meta.template.go-template.packer.hcl string.quoted.double.packer.hcl punctuation.definition.string.begin.packer.hcl
#                                           ^^^^^^^^^^ meta.template.go-template.packer.hcl string.quoted.double.packer.hcl
#                                                             ^^^^^^^^^ meta.template.go-template.packer.hcl entity.name.function.packer.hcl
  go_pipes = "{{- .Vars | upper -}} {{ $x := .Path }}{{ if $x }}{{ . }}{{ end }} {{/* note */}}"
#               ^ meta.template.go-template.packer.hcl keyword.operator.template.trim.packer.hcl
#                       ^ meta.template.go-template.packer.hcl keyword.operator.pipe.packer.hcl
#                         ^^^^^ meta.template.go-template.packer.hcl entity.name.function.packer.hcl
#                               ^^^ meta.template.go-template.packer.hcl
#                                      ^^ meta.template.go-template.packer.hcl variable.other.readwrite.packer.hcl
#                                         ^^ meta.template.go-template.packer.hcl keyword.operator.assignment.packer.hcl
#                                                       ^^ meta.template.go-template.packer.hcl keyword.control.go-template.packer.hcl
#                                                                  ^^^^ meta.template.go-template.packer.hcl
#                                                                         ^^^ meta.template.go-template.packer.hcl keyword.control.go-template.packer.hcl
#                                                                                  ^^^^^^^^^^ meta.template.go-template.packer.hcl comment.block.packer.hcl
  mixed    = "${var.cmd} {{ .Path }}"
#             ^^ meta.template.expression.packer.hcl
#                        ^^ meta.template.go-template.packer.hcl - meta.template.expression.packer.hcl
  open_go  = "{{ .Unclosed "
#                 ^^^^^^^^ meta.template.go-template.packer.hcl variable.other.member.packer.hcl
#                          ^ string.quoted.double.packer.hcl punctuation.definition.string.end.packer.hcl - meta.template.go-template.packer.hcl
  open_interp = "${var.x
#                      ^ meta.template.expression.packer.hcl variable.other.member.packer.hcl
  open_dir    = "%{ if c "
#                   ^^ meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
  after    = "fine"
# ^^^^^ meta.attribute.packer.hcl variable.other.property.packer.hcl
  script   = <<EOT
#            ^^ string.unquoted.heredoc.packer.hcl keyword.operator.heredoc.packer.hcl
#              ^^^ string.unquoted.heredoc.packer.hcl keyword.control.heredoc.packer.hcl
#!/bin/bash
# <----------- string.unquoted.heredoc.packer.hcl - comment.line.number-sign.packer.hcl
echo "${var.msg}" > {{ .Path }} \n $${HOME} %{ if true }x%{ endif }
#    ^^ string.unquoted.heredoc.packer.hcl - string.quoted.double.packer.hcl
#     ^^ string.unquoted.heredoc.packer.hcl meta.template.expression.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#           ^^^ string.unquoted.heredoc.packer.hcl meta.template.expression.packer.hcl variable.other.member.packer.hcl
#                   ^^ string.unquoted.heredoc.packer.hcl meta.template.go-template.packer.hcl punctuation.definition.template-expression.begin.packer.hcl
#                       ^^^^ meta.template.go-template.packer.hcl variable.other.member.packer.hcl
#                               ^^ string.unquoted.heredoc.packer.hcl - constant.character.escape.packer.hcl
#                                  ^^^ string.unquoted.heredoc.packer.hcl constant.character.escape.packer.hcl
#                                              ^^ string.unquoted.heredoc.packer.hcl meta.template.directive.packer.hcl keyword.control.directive.packer.hcl
{{ isotime "2006" }}
#  ^^^^^^^ string.unquoted.heredoc.packer.hcl meta.template.go-template.packer.hcl entity.name.function.packer.hcl
#          ^^^^^^ string.unquoted.heredoc.packer.hcl meta.template.go-template.packer.hcl string.quoted.double.packer.hcl
EOT
# <--- string.unquoted.heredoc.packer.hcl keyword.control.heredoc.packer.hcl
  indented = <<-EOF
#            ^^^ string.unquoted.heredoc.packer.hcl keyword.operator.heredoc.packer.hcl
#               ^^^ string.unquoted.heredoc.packer.hcl keyword.control.heredoc.packer.hcl
    EOT is not the marker here
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.packer.hcl - keyword.control.heredoc.packer.hcl
    EOF
#   ^^^ string.unquoted.heredoc.packer.hcl keyword.control.heredoc.packer.hcl
  inline   = [<<-EOF
#            ^ meta.brackets.packer.hcl punctuation.section.brackets.begin.packer.hcl
#             ^^^ meta.brackets.packer.hcl string.unquoted.heredoc.packer.hcl keyword.operator.heredoc.packer.hcl
    sudo apt-get update
#   ^^^^^^^^^^^^^^^^^^^ meta.brackets.packer.hcl string.unquoted.heredoc.packer.hcl
    EOF
  , "second"]
# ^ meta.brackets.packer.hcl punctuation.separator.comma.packer.hcl - string.unquoted.heredoc.packer.hcl
#   ^^^^^^^^ meta.brackets.packer.hcl string.quoted.double.packer.hcl
  unterminated = "no closing quote
#                 ^^^^^^^^^^^^^^^^ string.quoted.double.packer.hcl
  next_line    = true
# ^^^^^^^^^ meta.attribute.packer.hcl variable.other.property.packer.hcl - string.quoted.double.packer.hcl
#                ^^^^ constant.language.boolean.packer.hcl
}
# <- meta.block.packer.hcl punctuation.section.block.end.packer.hcl
