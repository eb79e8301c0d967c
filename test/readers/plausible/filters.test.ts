import { describe, expect, it } from 'vitest';
import {
  parseJsonUrl,
  plausibleFiltersFromUrl,
  plausibleView,
} from '../../../lib/readers/plausible/filters';

const BASE = 'https://plausible.io/shop.example';
const viewOf = (query: string, extras = {}) =>
  plausibleView(plausibleFiltersFromUrl(new URL(`${BASE}?${query}`)), extras);

describe('Plausible filters: one view whatever the URL format', () => {
  it.each([
    ['f=is,page,/products&period=28d', 'v3'],
    ['filters=((is,page,(/products)))&period=30d', 'v2 (CE 2.1, JsonURL)'],
    ['page=/products', 'v1 (legacy)'],
  ])('%s (%s) → page=/products', (query) => {
    expect(viewOf(query)).toEqual({ id: 'page=/products', label: 'page is /products' });
  });

  it('several filters in any order give the same id', () => {
    const a = viewOf('f=is,page,/products&f=is,country,DE&l=DE,Germany');
    const b = viewOf('f=is,country,DE&f=is,page,/products');
    const c = viewOf('filters=((is,country,(DE)),(is,page,(/products)))&labels=(DE:Germany)');
    const d = viewOf('country=DE&page=/products&country_labels=Germany');
    expect(a).toEqual({
      id: 'country=DE&page=/products',
      label: 'page is /products, country is Germany',
    });
    for (const v of [b, c, d]) expect(v?.id).toBe(a!.id);
    expect(c?.label).toBe('country is Germany, page is /products');
  });

  it('operators other than "is" are part of the id and the words', () => {
    const want = { id: 'page:is_not=/admin', label: 'page is not /admin' };
    expect(viewOf('f=is_not,page,/admin')).toEqual(want);
    expect(viewOf('filters=((is_not,page,(/admin)))')).toEqual(want);
    expect(viewOf('page=!/admin')).toEqual(want);
    expect(viewOf('f=contains,source,goo')).toEqual({
      id: 'source:contains=goo',
      label: 'source contains goo',
    });
    expect(viewOf('source=~goo')?.id).toBe('source:contains=goo');
    expect(viewOf('f=contains_not,page,/blog')?.label).toBe('page does not contain /blog');
  });

  it('several clauses of one filter: order does not matter to the id', () => {
    const a = viewOf('f=is,page,/b,/a');
    expect(a).toEqual({ id: 'page=/a|/b', label: 'page is /b or /a' });
    expect(viewOf('filters=((is,page,(/a,/b)))')?.id).toBe(a!.id);
    expect(viewOf('page=/a|/b')?.id).toBe(a!.id);
  });

  it('custom properties, with spaces, in all three formats', () => {
    const want = { id: 'props:author=Jane%20Doe', label: 'author is Jane Doe' };
    expect(viewOf('f=is,props:author,Jane%20Doe')).toEqual(want);
    expect(viewOf("filters=((is,'props:author',(Jane%2BDoe)))")).toEqual(want);
    expect(viewOf(`props=${encodeURIComponent('{"author":"Jane Doe"}')}`)).toEqual(want);
  });

  it('a segment is a filter like any other', () => {
    expect(viewOf('f=is,segment,12&period=28d')).toEqual({
      id: 'segment=12',
      label: 'segment is 12',
    });
  });

  it('keeps commas and encoded characters inside a clause', () => {
    expect(viewOf('f=is,page,/a%2Cb')?.id).toBe('page=/a,b');
    // Plausible's own v2 test URL: the page clause is "/open-source/analytics/encoded-hash%23".
    const v = viewOf(
      'filters=((contains,utm_term,(_)),(is,screen,(Desktop,Tablet)),(is,page,(%252Fopen-source%252Fanalytics%252Fencoded-hash%252523)))&period=custom',
    );
    expect(v?.id).toBe(
      'page=/open-source/analytics/encoded-hash%2523&screen=Desktop|Tablet&utm_term:contains=_',
    );
  });

  it('a filter it cannot read still keeps the figures apart from the site', () => {
    const v = viewOf('filters=((is,page,(/products)');
    expect(v?.id).toMatch(/^filters=/);
  });

  it('no filter: the whole site (null); realtime and excluded imports are views too', () => {
    expect(viewOf('period=28d&comparison=previous_period')).toBeNull();
    expect(viewOf('period=realtime', { realtime: true })).toEqual({
      id: 'realtime',
      label: 'realtime',
    });
    expect(viewOf('f=is,page,/products', { realtime: true })).toEqual({
      id: 'realtime&page=/products',
      label: 'realtime, page is /products',
    });
    expect(viewOf('with_imported=false', { withoutImported: true })).toEqual({
      id: 'imported=excluded',
      label: 'without imported data',
    });
  });

  it('caps very long filter sets', () => {
    const many = Array.from({ length: 40 }, (_, i) => `f=is,page,/p${i}`).join('&');
    const v = viewOf(many)!;
    expect(v.id.length).toBeLessThanOrEqual(161);
    expect(v.label.length).toBeLessThanOrEqual(151);
  });
});

describe('parseJsonUrl', () => {
  it.each([
    ['((is,screen,(Mobile,Desktop)))', [['is', 'screen', ['Mobile', 'Desktop']]]],
    ['(US:United+States)', { US: 'United States' }],
    ["((is,'props:browser_language',(en-US)))", [['is', 'props:browser_language', ['en-US']]]],
    ["(is,os_version,('17.3'))", ['is', 'os_version', ['17.3']]],
    ['()', []],
  ])('%s', (text, want) => {
    expect(parseJsonUrl(text)).toEqual(want);
  });

  it.each(['((is', '(a:b:c)', '(a,b))', "('open"])('%s → null', (text) => {
    expect(parseJsonUrl(text)).toBeNull();
  });
});
