/**
 * Every component type we have a schema for has a one-line summary for completion lists, short
 * enough for one line and ending as a sentence.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { componentSummary } from '../../server/src/service/packer/componentSummaries';
import { COMPONENT_KINDS, listComponentTypes } from '../../server/src/service/schema/schemaStore';

describe('component summaries', () => {
  for (const kind of COMPONENT_KINDS) {
    it(`has a one-line summary for every ${kind} with a schema`, () => {
      const types = listComponentTypes(kind);
      assert.ok(types.length > 0);
      for (const type of types) {
        const summary = componentSummary(kind, type);
        assert.ok(summary !== undefined, `${kind} ${type} has no summary`);
        assert.ok(
          summary.length <= 110 && !summary.includes('\n') && summary.endsWith('.'),
          `${kind} ${type}: ${summary}`,
        );
      }
    });
  }

  it('knows nothing of a type without a schema, even one named like an object member', () => {
    assert.equal(componentSummary('builder', 'constructor'), undefined);
    assert.equal(componentSummary('builder', 'no-such-builder'), undefined);
  });
});
