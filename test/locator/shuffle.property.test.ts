// @vitest-environment happy-dom
/** Property: the order of cards never changes which value a label-resolved locator returns. */
import fc from 'fast-check';
import { buildLocator, resolveLocator } from '../../lib/locator';
import { page } from './pages';

const LABELS = [
  'Visitors',
  'Revenue',
  'Orders',
  'Bounce rate',
  'Avg. session',
  'Signups',
  'Refunds',
];
const VALUES = ['1,234', '$5,430', '87', '41%', '3m 20s', '12', '€38.50'];

const cardHtml = (i: number, wrap: boolean) => {
  const inner = `<div class="card"><h4>${LABELS[i]}</h4><div class="big">${VALUES[i]}</div><span class="badge">▲ ${i + 1}%</span></div>`;
  return wrap ? `<div class="cell">${inner}</div>` : inner;
};

it('shuffling cards (and wrapping some) keeps every label-resolved value', () => {
  const a = page(`<div class="grid">${LABELS.map((_, i) => cardHtml(i, false)).join('')}</div>`);
  const locs = LABELS.map((_, i) => buildLocator(a.querySelectorAll('.big')[i]!)!);
  const expected = LABELS.map((_, i) => resolveLocator(a, locs[i]!));
  fc.assert(
    fc.property(
      fc.shuffledSubarray(
        LABELS.map((_, i) => i),
        { minLength: LABELS.length },
      ),
      fc.array(fc.boolean(), { minLength: LABELS.length, maxLength: LABELS.length }),
      (order, wraps) => {
        const b = page(
          `<div class="grid">${order.map((i, k) => cardHtml(i, wraps[k]!)).join('')}</div>`,
        );
        locs.forEach((loc, i) => {
          const r = resolveLocator(b, loc);
          expect(r).toMatchObject({ ok: true, via: 'label' });
          if (r.ok && expected[i]!.ok)
            expect([r.value, r.unit, r.text]).toEqual([
              expected[i]!.value,
              expected[i]!.unit,
              expected[i]!.text,
            ]);
        });
      },
    ),
    { numRuns: 60 },
  );
});
