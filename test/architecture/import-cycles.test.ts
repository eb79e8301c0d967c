import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from './imports';

describe('import graph of lib/', () => {
  it('finds a cycle, type-only imports included, and none in a tree', () => {
    const cyclic = new Map([
      ['db.ts', ['schema.ts']],
      ['schema.ts', ['trackers.ts']],
      ['trackers.ts', ['db.ts', 'errors.ts']],
      ['errors.ts', []],
    ]);
    expect(findCycles(cyclic)).toEqual([['db.ts', 'schema.ts', 'trackers.ts', 'db.ts']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the real graph: the store imports its errors', () => {
    const graph = importGraph('lib');
    expect(graph.get('lib/store/trackers.ts')).toContain('lib/store/errors.ts');
  });

  // docs/architecture.md, "Rules": lib/ is layered, so no module reaches itself again.
  it('lib/ has none', () => {
    expect(findCycles(importGraph('lib')).map((c) => c.join(' → '))).toEqual([]);
  });

  // The store owns its schemas and types; the service above it imports them, never the reverse.
  it('lib/store imports nothing from lib/service', () => {
    const upward = [...importGraph('lib/store')].flatMap(([file, targets]) =>
      targets.filter((t) => t.startsWith('lib/service/')).map((t) => `${file} → ${t}`),
    );
    expect(upward).toEqual([]);
  });
});
