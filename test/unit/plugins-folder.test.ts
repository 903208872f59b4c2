/**
 * Where Packer looks for plugins (packer/plugin_folders.go, packer-plugin-sdk pathing.ConfigDir),
 * checked against real folders: PACKER_PLUGIN_PATH, PACKER_CONFIG_DIR, ~/.packer.d when it exists,
 * XDG_CONFIG_HOME, ~/.config/packer; on Windows %APPDATA%\packer.d.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pluginFolder } from '../../server/src/service/plugins/pluginFolder';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-home-'));
const isDirectory = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();
const folderFor = (env: Record<string, string>, platform = 'linux') => pluginFolder({ env, platform, isDirectory });

describe('the plugin folder Packer reads', () => {
  after(() => fs.rmSync(home, { recursive: true, force: true }));

  it('is PACKER_PLUGIN_PATH when set, and refuses a list of folders', () => {
    assert.deepEqual(folderFor({ PACKER_PLUGIN_PATH: '/opt/plugins', HOME: home }), { folder: '/opt/plugins' });
    assert.match(
      String((folderFor({ PACKER_PLUGIN_PATH: '/a:/b', HOME: home }) as { problem: string }).problem),
      /one/,
    );
  });

  it('is under PACKER_CONFIG_DIR/.packer.d when that is set', () => {
    assert.deepEqual(folderFor({ PACKER_CONFIG_DIR: '/cfg', HOME: home }), { folder: '/cfg/.packer.d/plugins' });
  });

  it('is ~/.config/packer/plugins, or under XDG_CONFIG_HOME, while ~/.packer.d does not exist', () => {
    assert.deepEqual(folderFor({ HOME: home }), { folder: path.join(home, '.config', 'packer', 'plugins') });
    assert.deepEqual(folderFor({ HOME: home, XDG_CONFIG_HOME: '/xdg' }), { folder: '/xdg/packer/plugins' });
  });

  it('is ~/.packer.d/plugins once that folder exists', () => {
    fs.mkdirSync(path.join(home, '.packer.d'));
    assert.deepEqual(folderFor({ HOME: home, XDG_CONFIG_HOME: '/xdg' }), {
      folder: path.join(home, '.packer.d', 'plugins'),
    });
  });

  it('is %APPDATA%\\packer.d\\plugins on Windows', () => {
    assert.deepEqual(folderFor({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32'), {
      folder: 'C:\\Users\\me\\AppData\\Roaming\\packer.d\\plugins',
    });
  });
});
