import { describe, expect, it } from 'vitest';
import { figure } from '../../lib/report/figures';

describe('report figures', () => {
  it('show a floored figure’s middle as the dashboard did, as every other surface does', () => {
    // Plausible's "12.3k" is 12,300–12,399, stored as 12,350 ± 50.
    expect(figure(12_350, 'count', 'en')).toBe('12.3K');
    expect(figure(12_351, 'count', 'en')).toBe('12.4K');
    expect(figure(12_350, 'count', 'ko')).toBe('1.2만');
  });
});
