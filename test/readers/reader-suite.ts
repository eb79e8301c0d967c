/**
 * The shared suite for a hosted reader: its own saved pages read to exactly the expected figures
 * and leave the page unchanged, every other source's pages are never claimed, empty or strange
 * pages of its own host give null without throwing, and wrong pages of its host are not detected.
 * Call it from a `// @vitest-environment happy-dom` test file.
 */
import { describe, expect, it } from 'vitest';
import type { Reader } from '../../lib/readers/types';
import { fixtureCases } from './fixture-cases';
import { parseHtml } from './happy-dom';

export interface ReaderSuite {
  /** Fixture folder under test/fixtures (the reader's source id). */
  fixtures: string;
  /** A page of the reader's own host, used as the URL of the odd pages. */
  home: string;
  /**
   * Snippets of the host's markup with nothing readable in them. Each is tried alone and
   * repeated 30 times, after the empty page and a bare `<html></html>`.
   */
  oddPages: string[];
  /** Pages of the reader's own host that it must not detect, each its own test. */
  wrongPages: { name: string; url: string }[];
}

const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc);

/** Describes `<fixtures> reader`; `extra` adds the file's own tests inside the same describe. */
export function describeReader(reader: Reader, suite: ReaderSuite, extra?: () => void): void {
  const { fixtures: source, home } = suite;
  const cases = fixtureCases();
  const own = cases.filter((c) => c.source === source);

  describe(`${source} reader`, () => {
    it('has fixtures', () => {
      expect(own.length).toBeGreaterThanOrEqual(2);
    });

    for (const c of own) {
      it(`reads ${c.name}, leaving the page unchanged`, () => {
        const doc = parseHtml(c.html);
        const url = new URL(c.url);
        const before = serialize(doc);
        expect(reader.detect(doc, url)).toBe(true);
        expect(reader.read(doc, url, new Date(c.now))).toEqual(c.expected);
        expect(serialize(doc)).toBe(before);
      });
    }

    for (const c of cases.filter((x) => x.source !== source)) {
      it(`does not detect ${c.source}/${c.name}`, () => {
        expect(reader.detect(parseHtml(c.html), new URL(c.url))).toBe(false);
      });
    }

    it('returns null, without throwing, on empty and strange pages of its own host', () => {
      expect(suite.oddPages.length).toBeGreaterThan(0);
      const strange = [
        '',
        '<html></html>',
        ...suite.oddPages.flatMap((html) => [html, `<div>${html.repeat(30)}</div>`]),
      ];
      for (const html of strange) {
        const doc = parseHtml(html);
        expect(() => reader.read(doc, new URL(home), new Date())).not.toThrow();
        expect(reader.read(doc, new URL(home), new Date())).toBeNull();
      }
    });

    it('has wrong pages of its own host to check', () => {
      expect(suite.wrongPages.length).toBeGreaterThan(0);
    });

    for (const wrong of suite.wrongPages) {
      it(wrong.name, () => {
        expect(reader.detect(parseHtml('<p>Hi</p>'), new URL(wrong.url))).toBe(false);
      });
    }

    extra?.();
  });
}
