import { packagingOf } from '../facts/packageManagers';
import { commandName, isDistroTest } from './guards';
import { innerScript, invocationFrom, shift } from './invocation';
import { collectSimpleCommands, type SimpleCommand } from './simpleCommands';
import { tokenize } from './tokenizer';
import type { FindOptions, PackageCommand } from './types';

/** The invocations of one simple command: its own, or those of the script it runs with `sh -c`. */
function invocationsOf(s: SimpleCommand, inList: boolean, script: string): PackageCommand[] {
  const inv = invocationFrom(s, inList, script);
  if (inv) return [inv];
  const inner = innerScript(s);
  return inner ? findAll(inner.text).map((c) => shift(c, inner.offset, inner.quote)) : [];
}

function findAll(script: string): PackageCommand[] {
  const simple = collectSimpleCommands(script, tokenize(script));

  const byList = new Map<number, SimpleCommand[]>();
  for (const s of simple) {
    const list = byList.get(s.listId) ?? [];
    list.push(s);
    byList.set(s.listId, list);
  }
  // A list joined by && || | guards its commands when it tests the distribution or tries two
  // kinds of package manager (`yum install -y x || apt-get install -y x`).
  const listTests = new Map<number, boolean>();
  const listInvocations = new Map<SimpleCommand, PackageCommand[]>();
  for (const [id, list] of byList) {
    const inList = list.length > 1;
    const kinds = new Set<string>();
    let test = false;
    for (const s of list) {
      if (isDistroTest(s, script)) test = true;
      const found = invocationsOf(s, inList, script);
      for (const f of found) kinds.add(packagingOf(f.manager));
      listInvocations.set(s, found);
    }
    listTests.set(id, inList && (test || kinds.size > 1));
  }

  // After a guarded `exit` (`[ -f /etc/debian_version ] || exit 0`), the rest of the script only
  // runs on the systems that passed the test.
  const result: PackageCommand[] = [];
  let afterGuardedExit = false;
  for (const s of simple) {
    const listGuard = listTests.get(s.listId) ?? false;
    const guarded = s.inBranch || afterGuardedExit || listGuard;
    for (const f of listInvocations.get(s) ?? []) result.push(guarded ? { ...f, guarded: true } : f);
    const { name } = commandName(s);
    if ((name === 'exit' || name === 'return') && (s.inDistroChoice || listGuard)) afterGuardedExit = true;
  }
  result.sort((a, b) => a.range.start - b.range.start);
  return result;
}

/**
 * Each package-manager invocation in a shell command line or script, in order. Offsets are
 * UTF-16 offsets into `script`. Guarded invocations (inside distribution checks) are left out
 * unless `options.includeGuarded` is set.
 */
export function findPackageManagerCommands(script: string, options: FindOptions = {}): PackageCommand[] {
  const all = findAll(script);
  return options.includeGuarded ? all : all.filter((c) => !c.guarded);
}
