/**
 * The variable file chosen in Packer: Build, remembered per folder in the workspace state and
 * handed to the language server as file URIs.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { BuildVarFileMemory } from '../../client/src/commands/buildVarFileMemory';

/** The part of VS Code's Memento the memory uses, over a plain map. */
class MapMemento {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : fallback) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

const asUri = (fsPath: string) => pathToFileURL(fsPath).href;

describe('BuildVarFileMemory', () => {
  it('remembers one choice per folder, "none" included', async () => {
    const state = new MapMemento();
    const memory = new BuildVarFileMemory(state);
    const ami = path.resolve('/project/packer/ami');
    const hcl = path.resolve('/project/packer/hcl');
    assert.equal(memory.chosen(ami), undefined);
    await memory.remember(ami, 'ubuntu-2404.json');
    await memory.remember(hcl, '');
    await memory.remember(ami, 'ubuntu-2204.json');
    assert.equal(memory.chosen(ami), 'ubuntu-2204.json');
    assert.equal(memory.chosen(hcl), '');
    assert.deepEqual(memory.all(asUri), [
      { folder: asUri(ami), varFile: asUri(path.join(ami, 'ubuntu-2204.json')) },
      { folder: asUri(hcl), varFile: null },
    ]);
    // A new memory over the same state (the next session) knows the same.
    assert.equal(new BuildVarFileMemory(state).chosen(ami), 'ubuntu-2204.json');
  });

  it('ignores a state it did not write', () => {
    const state = new MapMemento();
    state.values.set('packer.build.varFiles', { '/a': 3, '/b': 'vars.pkrvars.hcl' });
    assert.deepEqual(new BuildVarFileMemory(state).all(asUri), [
      { folder: asUri('/b'), varFile: asUri('/b/vars.pkrvars.hcl') },
    ]);
  });
});
