/**
 * The import graph of `lib/`, read with TypeScript's own pre-processor (no module resolution or
 * type check: fast). Type-only imports count: a cycle of types still ties the modules together.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `./x` from `from` → the file it names, or null when it leaves the tree or is a package. */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file under `root` (relative to `cwd`) → the files it imports, also relative. */
export function importGraph(root: string, cwd = process.cwd()): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(resolve(cwd, root))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((f) => resolveLocal(file, f.fileName))
      .filter((t): t is string => t !== null)
      .map((t) => relative(cwd, t));
    graph.set(relative(cwd, file), [...new Set(targets)]);
  }
  return graph;
}

/**
 * Cycles found by one depth-first walk (at least one whenever the graph has any; fix it and the
 * next shows), each from the file where the walk met it again (a → b → a).
 */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string) => {
    seen.add(node);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!seen.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) if (!done.has(node)) visit(node);
  return cycles;
}
