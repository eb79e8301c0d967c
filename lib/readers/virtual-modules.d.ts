/**
 * The reader catalog's virtual modules, built from the reader files at build time
 * (scripts/readers-catalog.mjs). Each import carries only what it names.
 */
declare module 'virtual:pacer-readers' {
  import type { ReaderRegistration } from '@/lib/readers/types';
  /** Every reader's registration, as data: self-hosted readers by `sites` rank, then by id. */
  export const REGISTRATIONS: readonly ReaderRegistration[];
}

declare module 'virtual:pacer-readers/script/*' {
  import type { Reader } from '@/lib/readers/types';
  /** The readers whose `script` is this content script's name, by id. */
  export const readers: readonly Reader[];
}

declare module 'virtual:pacer-readers/sites' {
  import type { Detector } from '@/lib/readers/types';
  /** The detectors of the readers with a `sites` rank, in that order (no reading code). */
  export const detectors: readonly Detector[];
}

declare module 'virtual:pacer-readers/all' {
  import type { Reader } from '@/lib/readers/types';
  /** Every reader, in catalog order (tests and the benchmark only: it carries all their code). */
  export const readers: readonly Reader[];
}
