import { useEffect } from 'preact/hooks';

const SECTIONS = ['review', 'report', 'history', 'data', 'sync'];

/**
 * `options.html#report` (the side panel's "Report", the sync notice's "Details"): once the page
 * has its content, bring that section into view and put keyboard focus on its heading, so the
 * page does not jump again as the goals above it load.
 */
export function useSectionFromHash(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const go = () => {
      const id = location.hash.slice(1);
      if (!SECTIONS.includes(id)) return;
      const el = document.getElementById(id);
      el?.scrollIntoView({ block: 'start' });
      const target =
        el?.querySelector<HTMLElement>('h2') ?? el?.querySelector<HTMLElement>('input');
      target?.focus({ preventScroll: true });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [ready]);
}
