import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOnPath, resolvePackerPath, type LocateEnvironment } from '../../client/src/packerLocate';
import { isAtLeast, parsePackerVersion } from '../../client/src/packerVersion';
import { substituteVariables, variableLookup } from '../../client/src/tasks/variables';

function env(files: string[], overrides: Partial<LocateEnvironment> = {}): LocateEnvironment {
  return {
    pathVariable: '/usr/local/bin:/usr/bin',
    pathExt: undefined,
    platform: 'linux',
    homeDir: '/home/u',
    baseDir: '/w',
    isExecutableFile: (file) => files.includes(file),
    ...overrides,
  };
}

describe('parsePackerVersion', () => {
  it('reads what packer version prints', () => {
    assert.deepEqual(parsePackerVersion('Packer v1.6.6\n'), { major: 1, minor: 6, patch: 6, text: '1.6.6' });
    assert.equal(parsePackerVersion('Packer v1.11.2\n\nYour version of Packer is out of date!')?.text, '1.11.2');
    assert.equal(parsePackerVersion('Packer v1.10.0-dev')?.prerelease, 'dev');
    assert.equal(parsePackerVersion('command not found'), undefined);
  });

  it('compares against the version a feature needs', () => {
    const v166 = parsePackerVersion('Packer v1.6.6');
    assert.ok(v166);
    assert.equal(isAtLeast(v166, '1.7.0'), false);
    assert.equal(isAtLeast(v166, '1.6.6'), true);
    assert.equal(isAtLeast(v166, '1.6.1'), true);
    const v1100 = parsePackerVersion('Packer v1.10.0');
    assert.ok(v1100);
    assert.equal(isAtLeast(v1100, '1.7.0'), true);
  });
});

describe('resolvePackerPath', () => {
  it('takes packer from PATH when the setting is empty', () => {
    assert.deepEqual(resolvePackerPath('', env(['/usr/bin/packer'])), {
      found: true,
      path: '/usr/bin/packer',
      source: 'PATH',
    });
    assert.deepEqual(resolvePackerPath(undefined, env([])), { found: false, searched: 'packer', source: 'PATH' });
  });

  it('prefers the setting: absolute, ~, relative to the workspace, or a name on PATH', () => {
    assert.equal(resolvePackerPath('/opt/packer/packer', env(['/opt/packer/packer', '/usr/bin/packer'])).found, true);
    assert.deepEqual(resolvePackerPath('~/bin/packer', env(['/home/u/bin/packer'])), {
      found: true,
      path: '/home/u/bin/packer',
      source: 'setting',
    });
    assert.deepEqual(resolvePackerPath('./tools/packer', env(['/w/tools/packer'])), {
      found: true,
      path: '/w/tools/packer',
      source: 'setting',
    });
    assert.deepEqual(resolvePackerPath('packer-1.11', env(['/usr/local/bin/packer-1.11'])), {
      found: true,
      path: '/usr/local/bin/packer-1.11',
      source: 'setting',
    });
  });

  it('says where it looked when the setting points nowhere, without falling back to PATH', () => {
    assert.deepEqual(resolvePackerPath('/nope/packer', env(['/usr/bin/packer'])), {
      found: false,
      searched: '/nope/packer',
      source: 'setting',
    });
  });

  it('tries PATHEXT on Windows', () => {
    const windows = env(['C:\\tools\\packer.EXE'.replace('.EXE', '.exe')], {
      platform: 'win32',
      pathVariable: 'C:\\bin;C:\\tools',
      pathExt: '.COM;.EXE',
    });
    assert.equal(findOnPath('packer', windows), 'C:\\tools\\packer.exe');
  });
});

describe('task variables', () => {
  const lookup = variableLookup({
    workspaceFolder: '/w',
    file: '/w/images/web/main.pkr.hcl',
    env: { REGION: 'eu' },
    userHome: '/home/u',
    pathSeparator: '/',
  });
  it('resolves the variables a template path uses', () => {
    assert.deepEqual(substituteVariables('${file}', lookup), { text: '/w/images/web/main.pkr.hcl', unresolved: [] });
    assert.equal(substituteVariables('${fileDirname}', lookup).text, '/w/images/web');
    assert.equal(substituteVariables('${workspaceFolder}/seed.json', lookup).text, '/w/seed.json');
    assert.equal(substituteVariables('${relativeFile}', lookup).text, 'images/web/main.pkr.hcl');
    assert.equal(substituteVariables('-var=region=${env:REGION}', lookup).text, '-var=region=eu');
  });
  it('reports what it cannot resolve', () => {
    assert.deepEqual(substituteVariables('${input:tpl}', lookup), {
      text: '${input:tpl}',
      unresolved: ['${input:tpl}'],
    });
  });
});
