import type { Plugin } from 'vite';

export interface CatalogEntry {
  file: string;
  path: string;
  id: string;
  matches: string[];
  script?: string;
  sites?: number;
  hasDetect: boolean;
}

export function checkCatalog(
  entries: readonly Omit<CatalogEntry, 'path'>[],
  options?: { entrypoints?: ReadonlySet<string> },
): CatalogEntry[];
export function loadCatalog(dir?: string): Promise<CatalogEntry[]>;
export function catalog(): Promise<CatalogEntry[]>;
export function hostPermissions(): Promise<string[]>;
export function readerCatalog(): Plugin;
