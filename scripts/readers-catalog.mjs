// The reader catalog, built from the reader files themselves (docs/architecture.md, "Readers").
//
// A reader is registered by its own file: every `lib/readers/<id>.ts` that exports `reader` is
// one, and that object says where it runs — `matches` (its hosted dashboards), `script` (the
// content script, entrypoints/<script>.content.ts, that carries it on those hosts) and `sites`
// (its rank in the detection order of the script for sites the user enabled, whose reader is
// then an on-demand part, entrypoints/part-<id>.ts). Nothing else lists readers.
//
// At build time (WXT, Vitest, the benchmark) this evaluates the reader files in Node and serves
// what the code needs as virtual modules, so a bundle carries only what it imports:
//
// - `virtual:pacer-readers`: every reader's registration, as data (no reader code): the host
//   list of the manifest, the background's identity rules, the popup;
// - `virtual:pacer-readers/script/<script>`: `readers`, the readers of that content script;
// - `virtual:pacer-readers/sites`: `detectors`, the self-hosted readers' detectors only;
// - `virtual:pacer-readers/all`: `readers`, every reader (tests and the benchmark).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

// Resolved when used: a test environment may give this module a URL that is not a file's.
const root = () => fileURLToPath(new URL('..', import.meta.url));
const ID = 'virtual:pacer-readers';

/** The reader files: `lib/readers/*.ts` whose source exports `reader`. */
function readerFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .filter((f) => /^export const reader\b/m.test(readFileSync(join(dir, f), 'utf8')))
    .sort();
}

/**
 * Refuses a catalog the extension could not run with: an id that is not its file's name or not
 * kebab-case (it prefixes metric keys), a duplicate id, a reader that runs nowhere, two readers
 * with the same detection rank, a self-hosted reader without a separately exported `detect`
 * (the sites script carries only that) or without its part, a script without its entrypoint.
 * Returns the entries in detection order: self-hosted readers by rank, then the others by id.
 */
export function checkCatalog(entries, { entrypoints } = {}) {
  const ids = new Set();
  const ranks = new Map();
  for (const e of entries) {
    const where = `lib/readers/${e.file}`;
    if (!/^[a-z0-9-]+$/.test(e.id))
      throw new Error(`${where}: reader id "${e.id}" must be kebab-case`);
    if (`${e.id}.ts` !== e.file)
      throw new Error(`${where}: reader id "${e.id}" must be its file name`);
    if (ids.has(e.id)) throw new Error(`${where}: reader "${e.id}" is registered twice`);
    ids.add(e.id);
    if (!Array.isArray(e.matches) || e.matches.some((m) => typeof m !== 'string'))
      throw new Error(`${where}: \`matches\` must be a list of match patterns`);
    if (e.script !== undefined && !/^[a-z0-9-]+$/.test(e.script))
      throw new Error(`${where}: \`script\` must name an entrypoints/<script>.content.ts`);
    if (e.script === 'sites') throw new Error(`${where}: the sites script is \`sites: <rank>\``);
    if (e.script && !e.matches.length) throw new Error(`${where}: \`script\` without \`matches\``);
    if (e.matches.length && !e.script) throw new Error(`${where}: \`matches\` without \`script\``);
    if (e.sites !== undefined) {
      if (!Number.isInteger(e.sites)) throw new Error(`${where}: \`sites\` is a whole rank`);
      if (ranks.has(e.sites))
        throw new Error(`${where}: sites rank ${e.sites} is also ${ranks.get(e.sites)}'s`);
      ranks.set(e.sites, e.id);
      if (!e.hasDetect) throw new Error(`${where}: a self-hosted reader exports \`detect\``);
    }
    if (!e.script && e.sites === undefined) throw new Error(`${where}: the reader runs nowhere`);
    if (entrypoints) {
      if (e.script && !entrypoints.has(`${e.script}.content.ts`))
        throw new Error(`${where}: no entrypoints/${e.script}.content.ts for its script`);
      if (e.sites !== undefined && !entrypoints.has(`part-${e.id}.ts`))
        throw new Error(`${where}: no entrypoints/part-${e.id}.ts for its part`);
    }
  }
  const selfHosted = entries.filter((e) => e.sites !== undefined).sort((a, b) => a.sites - b.sites);
  const hosted = entries
    .filter((e) => e.sites === undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...selfHosted, ...hosted];
}

/** Evaluates the reader files (as WXT evaluates entrypoints) and returns the checked catalog. */
export async function loadCatalog(dir = join(root(), 'lib', 'readers')) {
  const jiti = createJiti(import.meta.url, { fsCache: false, moduleCache: false });
  const entries = [];
  for (const file of readerFiles(dir)) {
    const path = join(dir, file);
    const mod = await jiti.import(path);
    const r = mod.reader ?? {};
    entries.push({
      file,
      path,
      id: r.id,
      matches: r.matches,
      script: r.script,
      sites: r.sites,
      hasDetect: typeof mod.detect === 'function' && mod.detect === r.detect,
    });
  }
  const dirOfEntrypoints = join(dir, '..', '..', 'entrypoints');
  const entrypoints = existsSync(dirOfEntrypoints)
    ? new Set(readdirSync(dirOfEntrypoints))
    : undefined;
  return checkCatalog(entries, { entrypoints });
}

let cached;
/** The catalog, evaluated once per process. */
export function catalog() {
  return (cached ??= loadCatalog());
}

/** Every hosted dashboard's match patterns, in catalog order: the manifest's host permissions. */
export async function hostPermissions() {
  return [...new Set((await catalog()).flatMap((e) => e.matches))];
}

const registration = ({ id, matches, script, sites }) => ({ id, matches, script, sites });

/** The module's code for a virtual id, or null. */
async function moduleCode(id) {
  const list = await catalog();
  const imports = (rows, name) =>
    rows.map((e, i) => `import { ${name} as r${i} } from ${JSON.stringify(e.path)};`).join('\n');
  if (id === ID) return `export const REGISTRATIONS = ${JSON.stringify(list.map(registration))};`;
  if (id === `${ID}/all`)
    return `${imports(list, 'reader')}\nexport const readers = [${list.map((_, i) => `r${i}`)}];`;
  if (id === `${ID}/sites`) {
    const rows = list.filter((e) => e.sites !== undefined);
    const detectors = rows.map((e, i) => `{ id: ${JSON.stringify(e.id)}, detect: r${i} }`);
    return `${imports(rows, 'detect')}\nexport const detectors = [${detectors}];`;
  }
  const script = id.startsWith(`${ID}/script/`) ? id.slice(`${ID}/script/`.length) : null;
  if (script === null) return null;
  const rows = list.filter((e) => e.script === script);
  if (!rows.length) throw new Error(`No reader names the content script "${script}"`);
  return `${imports(rows, 'reader')}\nexport const readers = [${rows.map((_, i) => `r${i}`)}];`;
}

/** The Vite plugin serving the virtual modules (wxt.config.ts, vitest.config.ts, the benchmark). */
export function readerCatalog() {
  return {
    name: 'pacer:reader-catalog',
    enforce: 'pre',
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${ID}`)) return null;
      // Rebuild on a reader's change (watch mode): its registration may have changed.
      for (const e of await catalog()) this.addWatchFile?.(e.path);
      return moduleCode(id.slice(1));
    },
    watchChange(id) {
      if (id.startsWith(join(root(), 'lib', 'readers'))) cached = undefined;
    },
  };
}
