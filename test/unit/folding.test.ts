/**
 * Folding ranges: HCL2 blocks, multi-line objects, tuples and calls, heredocs, comment runs, and
 * JSON objects and arrays. Each expectation is `start-end` in lines (0-based), `c` for comments.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FoldingRange } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/service';

const service = createLanguageService({ readText: () => undefined });

const folds = (uri: string, languageId: string, text: string): string[] =>
  service
    .foldingRanges({ uri, version: 1, languageId, text })
    .map((r: FoldingRange) => `${r.startLine}-${r.endLine}${r.kind === 'comment' ? 'c' : ''}`);

describe('folding HCL2', () => {
  it('folds blocks, objects, tuples, calls, heredocs and comments, closing lines left visible', () => {
    const text = [
      '# Builds the web image.', // 0
      '# Owner: the web team.', // 1
      'source "amazon-ebs" "web" {', // 2
      '  tags = {', // 3
      '    Name = "web"', // 4
      '  }', // 5
      '  user_data = <<EOF', // 6
      '#!/bin/sh', // 7
      'echo hi', // 8
      'EOF', // 9
      '}', // 10
      '/*', // 11
      '  disabled', // 12
      '*/', // 13
      'build {', // 14
      '  sources = [', // 15
      '    "source.amazon-ebs.web",', // 16
      '  ]', // 17
      '  name = join("-", [', // 18
      '    "a", "b"])', // 19
      '}', // 20
      'locals { x = 1 } # one line', // 21
    ].join('\n');
    assert.deepEqual(folds('untitled:a.pkr.hcl', 'packer', text), [
      '0-1c',
      '2-9',
      '3-4',
      '6-8',
      '11-13c',
      '14-19',
      '15-16',
      '18-19',
    ]);
  });

  it('folds an unclosed block to its end, and never fails on half-typed text', () => {
    const text = 'build {\n  provisioner "shell" {\n    inline = [\n';
    assert.deepEqual(folds('untitled:b.pkr.hcl', 'packer', text), ['0-3', '1-3']);
    for (let end = 0; end <= text.length; end++) folds('untitled:b.pkr.hcl', 'packer', text.slice(0, end));
  });

  it('folds calls but not parentheses around an expression, and objects inside interpolations', () => {
    const text = [
      'locals {', // 0
      '  total = (', // 1
      '    1 + 2', // 2
      '  )', // 3
      '  names = [for s in var.sources : upper(', // 4
      '    s)]', // 5
      '  script = <<-EOF', // 6
      '    ${jsonencode({', // 7
      '      a = 1', // 8
      '    })}', // 9
      '  EOF', // 10
      '}', // 11
    ].join('\n');
    assert.deepEqual(folds('untitled:c.pkr.hcl', 'packer', text), ['0-10', '4-5', '6-9', '7-9']);
  });

  it('folds a variable file', () => {
    const text = 'tags = {\n  a = "b"\n}\n';
    assert.deepEqual(folds('file:///x/prod.pkrvars.hcl', 'packer-vars', text), ['0-1']);
  });
});

describe('folding JSON', () => {
  it('folds the objects and arrays of a legacy template', () => {
    const text = '{\n  "builders": [\n    {\n      "type": "docker"\n    }\n  ],\n  "variables": {}\n}\n';
    assert.deepEqual(folds('file:///x/template.json', 'packer-json', text), ['0-6', '1-4', '2-3']);
  });

  it('folds a .pkr.json file as JSON', () => {
    const text = '{\n  "variable": {\n    "x": {}\n  }\n}';
    assert.deepEqual(folds('file:///x/a.pkr.json', 'packer-json', text), ['0-3', '1-2']);
  });
});
