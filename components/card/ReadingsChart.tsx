import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { localeOf, type Lang } from '../../lib/i18n';
import { formatValue } from '../../lib/i18n/format';
import type { Unit } from '../../lib/goals/schema';
import type { ChartData } from './chart-data';

export const CHART_HEIGHT = 120;

interface Props {
  data: ChartData;
  unit: Unit;
  currency?: string;
  lang: Lang;
  /** What the chart shows, in words, for screen readers (the canvas says nothing). */
  label: string;
}

const cssVar = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/** Follow the browser's colour scheme: the canvas does not see CSS variables change. */
function useScheme(): string {
  const query =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    query?.addEventListener('change', on);
    return () => query?.removeEventListener('change', on);
  }, []);
  return dark ? 'dark' : 'light';
}

function options(p: Props, width: number): uPlot.Options {
  const [fg, muted, line, accent, good, bad, card] = [
    '--fg',
    '--muted',
    '--line',
    '--accent',
    '--good',
    '--bad',
    '--card',
  ].map(cssVar);
  const day = new Intl.DateTimeFormat(localeOf(p.lang), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const font = '11px system-ui, sans-serif';
  const grid = { stroke: line, width: 1 };
  return {
    width,
    height: CHART_HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true } },
    axes: [
      {
        stroke: muted,
        grid,
        ticks: grid,
        font,
        values: (_u, xs) => xs.map((x) => day.format(x * 1000)),
      },
      {
        stroke: muted,
        grid,
        ticks: grid,
        font,
        size: 52,
        values: (_u, ys) => ys.map((y) => formatValue(y, p.unit, p.lang, p.currency)),
      },
    ],
    series: [
      {},
      { stroke: accent, width: 2, spanGaps: true, points: { show: true, size: 4, fill: accent } },
      { stroke: fg, width: 1, dash: [4, 4], spanGaps: true, points: { show: false } },
      { stroke: good, width: 1, dash: [2, 3], spanGaps: true, points: { show: false } },
      // Anomalies are marks, not a line.
      {
        stroke: bad,
        width: 0,
        paths: () => null,
        points: { show: true, size: 9, fill: bad, stroke: bad },
      },
      // Check-ins: hollow rings over the line, so values typed by hand stand apart from read ones.
      {
        stroke: accent,
        width: 0,
        paths: () => null,
        points: { show: true, size: 10, width: 2, fill: card, stroke: accent },
      },
    ],
  };
}

/**
 * A small uPlot chart of a goal's readings. The box has a fixed height from the first render, so
 * nothing below it moves when readings arrive; uPlot is loaded on demand to keep the popup light.
 */
export function ReadingsChart(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useScheme();
  useEffect(() => {
    let plot: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    void import('uplot').then(({ default: UPlot }) => {
      const el = box.current;
      if (cancelled || !el) return;
      try {
        plot = new UPlot(options(props, el.clientWidth || 300), props.data.columns, el);
      } catch {
        // No canvas (a test DOM): the words in the label still say what the chart would show.
        return;
      }
      if (typeof ResizeObserver === 'function') {
        observer = new ResizeObserver(() =>
          plot?.setSize({ width: el.clientWidth, height: CHART_HEIGHT }),
        );
        observer.observe(el);
      }
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [props.data, props.lang, props.unit, props.currency, scheme]);
  return (
    <div
      class="chart"
      role="img"
      aria-label={props.label}
      ref={box}
      style={{ height: `${CHART_HEIGHT}px` }}
    />
  );
}
