// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportSection } from '../../components/options/ReportSection';
import { boldParts, matchTitle, reportBlocks } from '../../components/options/report-blocks';
import { button, click, mount, settle } from './helpers';
import { fakeBackground } from './messages';

afterEach(() => document.body.replaceChildren());

const MARKDOWN = [
  '# Weekly KPI report · Nov 16 – 22, 2026',
  '',
  '**2 goals** — ✅ Achieved 1 · 🔴 Off track 1',
  '',
  '## Successes',
  '',
  '### ✅ Achieved · <img src=x onerror=alert(1)> · launch',
  '- Progress: 100%',
  '',
  '## Needs attention',
  '',
  '### 🔴 Off track · Grow unique visitors to 20k a month',
  '- Start → now → target: 9.8K → 12.3K → 20K',
  '- Notes:',
  '  - Nov 18, 2026: Campaign paused',
  '',
].join('\n');

function background() {
  return fakeBackground({
    'report.build': (p: { format: string; lang: string }) => ({
      ok: true,
      text: p.format === 'csv' ? `"Goal"\r\n"목표 ${p.lang}"\r\n` : MARKDOWN,
      filename: `pacer-week-2026-11-16.${p.format === 'csv' ? 'csv' : 'md'}`,
      period: { start: '2026-11-16', end: '2026-11-22' },
    }),
  });
}

describe('ReportSection', () => {
  it('shows the Markdown as text in a preview, in the UI language by default', async () => {
    const bg = background();
    const { root } = mount(<ReportSection />, 'ko');
    await settle();
    const pre = root.querySelector('pre')!;
    expect(pre.textContent).toBe(MARKDOWN);
    expect(pre.querySelector('img')).toBeNull();
    expect(bg.of('report.build')).toMatchObject([
      { payload: { period: 'week', format: 'markdown', lang: 'ko' } },
    ]);
  });

  it('downloads CSV with a BOM so Excel reads Korean', async () => {
    background();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:report';
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { root, text } = mount(<ReportSection />);
    await settle();
    click(button(root, 'Download CSV'));
    await settle();
    expect(clicked).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text()).toContain('Saved pacer-week-2026-11-16.csv.');
  });
});

describe('report blocks for the print view', () => {
  it('reads headings, goals with their lines and notes, and bold spans', () => {
    const blocks = reportBlocks(MARKDOWN);
    expect(blocks.map((b) => b.kind)).toEqual([
      'title',
      'para',
      'heading',
      'goal',
      'heading',
      'goal',
    ]);
    const last = blocks.at(-1)!;
    expect(last).toMatchObject({
      kind: 'goal',
      status: 'off-track',
      title: 'Grow unique visitors to 20k a month',
      items: [{ children: [] }, { text: 'Notes:', children: ['Nov 18, 2026: Campaign paused'] }],
    });
    expect(boldParts('**2 goals** — x')).toEqual([
      { text: '2 goals', bold: true },
      { text: ' — x', bold: false },
    ]);
  });

  it('finds the goal a heading names, even cut short, and never guesses between two', () => {
    const goals = [{ title: 'Grow  unique visitors' }, { title: 'Grow revenue' }];
    expect(matchTitle('Grow unique visitors', goals)).toBe(goals[0]);
    expect(matchTitle('Grow unique…', goals)).toBe(goals[0]);
    expect(matchTitle('Grow…', goals)).toBeNull();
  });
});
