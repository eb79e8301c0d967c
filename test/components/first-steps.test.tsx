// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstSteps } from '../../components/first-run/FirstSteps';
import {
  DASHBOARDS,
  parseTemplateHash,
  templateHash,
  templateStarts,
} from '../../components/first-run/starts';
import { manualTemplateForm } from '../../components/editor/from-template';
import { KNOWN_DASHBOARD_MATCHES, matchesPattern } from '../../lib/readers/hosts';
import { welcomeOnInstall } from '../../lib/service/first-run';
import { button, click, mount, TODAY } from './helpers';

afterEach(() => document.body.replaceChildren());

describe('the dashboards a new user is sent to', () => {
  it('every link is on a dashboard Pacer reads, and every dashboard Pacer reads is offered', () => {
    for (const d of DASHBOARDS.filter((x) => x.url))
      expect({
        d: d.name,
        ok: KNOWN_DASHBOARD_MATCHES.some((p) => matchesPattern(p, new URL(d.url!))),
      }).toEqual({
        d: d.name,
        ok: true,
      });
    for (const p of KNOWN_DASHBOARD_MATCHES) {
      const offered = DASHBOARDS.some((d) =>
        d.url
          ? matchesPattern(p, new URL(d.url))
          : p.includes(new URL(d.pattern!.replace('<name>', 'x')).hostname.slice(2)),
      );
      expect({ p, offered }).toEqual({ p, offered: true });
    }
  });
});

describe('template starts', () => {
  it('the article’s three cases, four goals (the social case has two)', () => {
    expect(templateStarts('en').map((s) => `${s.id}#${s.slot}`)).toEqual([
      'quarterly-sales-yoy#0',
      'social-growth#0',
      'social-growth#1',
      'market-share-launch#0',
    ]);
    expect(templateStarts('ko')[3]!.label).toBe('출시 3개월 안에 시장 점유율 15%');
  });

  it('round-trips through the options page’s hash; unknown templates open nothing', () => {
    const s = { id: 'market-share-launch', slot: 0 };
    expect(parseTemplateHash(`#${templateHash(s)}`)).toEqual(s);
    expect(parseTemplateHash('#template=nope&slot=0')).toBeNull();
    expect(parseTemplateHash('#template=social-growth&slot=2')).toBeNull();
    expect(parseTemplateHash('#history')).toBeNull();
  });

  it('a template start binds the goal to a figure entered by hand, in the slot’s unit', () => {
    const f = manualTemplateForm({ id: 'market-share-launch', slot: 0 }, 'en', TODAY);
    expect(f.metric).toEqual({
      source: 'manual',
      scope: 'percent',
      key: f.id,
      label: 'Market share (%)',
    });
    expect(f.targetValue).toBe('15');
    expect(f.start).toBe(TODAY);
    expect(f.title).toBe('Reach 15% market share within three months of launch');
  });
});

describe('FirstSteps', () => {
  it('offers the three starts, by keyboard-reachable buttons and links', () => {
    const onTemplate = vi.fn();
    const onImport = vi.fn();
    const { root } = mount(<FirstSteps onTemplate={onTemplate} onImport={onImport} />);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Open a dashboard you use',
      'Start from a template',
      'Import a dashboard’s history',
    ]);
    expect(root.querySelectorAll('a[href^="https://"]').length).toBe(9);
    click(button(root, 'Start from the template: 15% market share within three months of launch'));
    expect(onTemplate).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'market-share-launch', slot: 0 }),
    );
    click(button(root, 'Import history…'));
    expect(onImport).toHaveBeenCalled();
  });
});

describe('welcome page on install', () => {
  it('opens on a fresh install only', async () => {
    const open = vi.fn(async () => {});
    expect(await welcomeOnInstall({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledWith('/welcome.html');
    open.mockClear();
    for (const reason of ['update', 'chrome_update', 'shared_module_update'])
      expect(await welcomeOnInstall({ reason }, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
