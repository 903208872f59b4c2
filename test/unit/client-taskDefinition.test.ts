import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePackerVersion } from '../../client/src/packerVersion';
import { checkDefinition, versionProblem } from '../../client/src/tasks/taskDefinition';
import { variableLookup } from '../../client/src/tasks/variables';

const lookup = variableLookup({
  workspaceFolder: '/w',
  file: '/w/images/web/main.pkr.hcl',
  env: { VARS: 'prod.pkrvars.hcl' },
  userHome: '/home/u',
  pathSeparator: '/',
});

describe('checkDefinition (tasks.json entries)', () => {
  it('resolves ${file} and variables in args, keeping each arg whole', () => {
    const checked = checkDefinition(
      { type: 'packer', command: 'build', template: '${file}', args: ['-var-file=${env:VARS}', '-var', 'a=b c'] },
      lookup,
      '/home/u',
    );
    assert.deepEqual(checked, {
      ok: true,
      verb: 'build',
      templatePath: '/w/images/web/main.pkr.hcl',
      args: ['-var-file=prod.pkrvars.hcl', '-var', 'a=b c'],
    });
  });

  it('defaults the template to the workspace folder and resolves relative paths against it', () => {
    assert.deepEqual(checkDefinition({ type: 'packer', command: 'validate' }, lookup, '/home/u'), {
      ok: true,
      verb: 'validate',
      templatePath: '/w',
      args: [],
    });
    const relative = checkDefinition({ type: 'packer', command: 'validate', template: 'seed.json' }, lookup, '/h');
    assert.equal(relative.ok && relative.templatePath, '/w/seed.json');
  });

  it('explains what is wrong with a definition', () => {
    const problem = (d: Record<string, unknown>): string | undefined => {
      const checked = checkDefinition(d, lookup, '/h');
      return checked.ok ? undefined : checked.problem;
    };
    assert.match(problem({ type: 'packer', command: 'destroy' }) ?? '', /"command" must be one of/);
    assert.match(problem({ type: 'packer', command: 'build', args: '-force' }) ?? '', /"args" must be a list/);
    assert.match(problem({ type: 'packer', command: 'build', args: [1] }) ?? '', /"args" must be a list/);
    assert.match(problem({ type: 'packer', command: 'build', template: 3 }) ?? '', /"template" must be a path/);
    assert.match(problem({ type: 'packer', command: 'build', template: '${input:t}' }) ?? '', /\$\{input:t\}/);
  });
});

describe('versionProblem', () => {
  const v166 = parsePackerVersion('Packer v1.6.6');
  const v170 = parsePackerVersion('Packer v1.7.0');
  it('says that packer 1.6.6 has no init, and which version adds it', () => {
    assert.match(versionProblem('init', v166, '/usr/bin/packer') ?? '', /1\.6\.6.*no "init" command.*Packer 1\.7\.0/);
    assert.equal(versionProblem('init', v170, '/usr/bin/packer'), undefined);
  });
  it('lets 1.6.6 run fmt, validate and build', () => {
    for (const verb of ['fmt', 'validate', 'build', 'inspect'] as const) {
      assert.equal(versionProblem(verb, v166, '/usr/bin/packer'), undefined);
    }
    assert.match(versionProblem('fmt', parsePackerVersion('Packer v1.6.5'), 'p') ?? '', /Packer 1\.6\.6/);
  });
});
