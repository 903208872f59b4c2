import { describe } from 'node:test';
import { ruleTester } from '../../support/ruleTester';

const t = (body: string) => `{"builders": [{"type": "null", "communicator": "none"}], ${body}}`;

describe('trailing-comma', () => {
  ruleTester('trailing-comma', {
    valid: [
      { code: t('"variables": {"a": "1"}') },
      { code: '{"builders": [], "provisioners": [ ]}' },
      // The comma follows no item (the value is missing, the bracket is the wrong one): the syntax error says so.
      { code: '{"builders": [{"type": "null", "x": ],\n}]}' },
      { code: t('"variables": {"a": "1"],\n}') },
    ],
    invalid: [
      {
        code: t('"variables": {"a": "1",}'),
        messages: [/Trailing comma.*last setting of an object/],
        output: t('"variables": {"a": "1"}'),
      },
      {
        name: 'in a list, across lines',
        code: t('"sensitive-variables": [\n  "a",\n  "b",\n]'),
        messages: [/last item of a list/],
        output: t('"sensitive-variables": [\n  "a",\n  "b"\n]'),
      },
      {
        name: 'two at once',
        code: '{"builders": [{"type": "null", "communicator": "none",},],}',
        messages: [/object/, /list/, /object/],
        output: '{"builders": [{"type": "null", "communicator": "none"}]}',
      },
    ],
  });
});

describe('smart-quotes', () => {
  ruleTester('smart-quotes', {
    valid: [{ name: 'curly quotes inside a string are text', code: t('"description": "It’s the “best” image"') }],
    invalid: [
      {
        code: t('"description": “hello”'),
        messages: [/Curly quotes \(“ ”\)/],
        output: t('"description": "hello"'),
      },
      {
        name: 'a curly-quoted key',
        code: t('“description”: "x"'),
        messages: [/straight double quotes/],
        output: t('"description": "x"'),
      },
      {
        name: 'opened straight, closed curly',
        code: t('"description": "hello”'),
        messages: [/Curly quotes \(”\)/],
        output: t('"description": "hello"'),
      },
      {
        name: 'single curly quotes',
        code: t('"description": ‘hello’'),
        messages: [/Curly quotes \(‘ ’\)/],
        output: t('"description": "hello"'),
      },
    ],
  });
});

describe('lookalike-character', () => {
  ruleTester('lookalike-character', {
    valid: [{ name: 'dashes inside text', code: t('"description": "an image — built nightly"') }],
    invalid: [
      {
        name: 'a minus sign in a type name',
        code: '{"builders": [{"type": "amazon\u2212ebs"}]}',
        messages: [/Minus sign \(U\+2212\) \(looks like "-" but is not\) in this type name/],
        output: '{"builders": [{"type": "amazon-ebs"}]}',
      },
      {
        name: 'an en dash in a key',
        code: t('"min\u2013packer_version": "1.6.0"'),
        messages: [/En dash \(U\+2013\) .* in this setting name/],
        output: t('"min-packer_version": "1.6.0"'),
      },
      {
        name: 'no-break spaces between tokens',
        code: t('"description":\u00a0\u00a0"x"'),
        messages: [/2 × no-break space \(U\+00A0\) \(looks like " " but is not\) where JSON expects plain ASCII/],
        output: t('"description":  "x"'),
      },
      {
        name: 'a zero-width space is removed',
        code: t('"description":\u200b"x"'),
        messages: [/Zero-width space \(U\+200B\) \(an invisible character\)/],
        output: t('"description":"x"'),
      },
    ],
  });
});

describe('json-syntax', () => {
  ruleTester('json-syntax', {
    valid: [{ code: t('"description": "x"') }],
    invalid: [
      {
        name: 'a missing comma',
        code: '{"builders": [{"type": "null"}]\n "description": "x"}',
        messages: [/comma is missing/],
        output: '{"builders": [{"type": "null"}],\n "description": "x"}',
      },
      {
        name: 'a comment',
        code: '{\n  // the builders\n  "builders": [{"type": "null"}]}',
        messages: [/cannot hold comments/],
        output: '{\n  \n  "builders": [{"type": "null"}]}',
      },
      {
        name: 'single quotes',
        code: t('"description": \'x\''),
        messages: [/double quotes/],
        output: t('"description": "x"'),
      },
      {
        name: 'one mistake, one diagnostic',
        code: '{"builders": [{"type": "null", "x": }]}',
        messages: [/A value was expected here/],
      },
    ],
  });
});
