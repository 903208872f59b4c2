/**
 * HCL's own conformance suite (hashicorp/hcl specsuite/tests), run against our parser. The suite
 * comes from Debian's golang-github-hashicorp-hcl-v2-dev and is read where it is installed; without
 * it the test says so and is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEBIAN_PACKAGE, locateSpecSuite } from '../hcl-specsuite/locate';
import { runSpecSuite } from '../hcl-specsuite/runner';

const dir = locateSpecSuite();

if (dir === undefined) {
  test(
    'HCL spec suite',
    { skip: `HCL's spec suite is not installed: apt-get install ${DEBIAN_PACKAGE} (or set HCL_SPECSUITE_DIR)` },
    () => {},
  );
} else {
  const results = runSpecSuite(dir);
  const count = (status: string): number => results.filter((r) => r.status === status).length;

  test(`HCL spec suite: ${count('pass')} passed, ${count('skip')} skipped, ${count('fail')} failed (${dir})`, () => {
    assert.ok(results.length > 0, 'no cases found');
  });

  for (const result of results) {
    const skip = result.status === 'skip' ? result.reasons.join('; ') : false;
    test(`spec suite: ${result.name}`, { skip }, () => {
      assert.deepEqual(result.reasons, []);
    });
  }
}
