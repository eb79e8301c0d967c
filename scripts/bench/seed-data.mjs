// The side panel benchmark's data set: 200 goals over 200 metrics, 500 daily readings each
// (100,000 readings), in the export v1 format the `data.import` message takes.
export const GOALS = 200;
export const DAYS = 500;

const DAY_MS = 86_400_000;
const dayIso = (t) => new Date(t).toISOString().slice(0, 10);

export function panelData(now = new Date()) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const directions = ['increase', 'decrease', 'at-least', 'at-most'];
  const goals = [];
  const readings = [];
  for (let g = 0; g < GOALS; g++) {
    const metric = { source: 'plausible', scope: `site-${g % 20}.example`, key: `metric_${g}` };
    const total = g % 5 === 0;
    const direction = total ? 'increase' : directions[g % 4];
    const up = direction === 'increase' || direction === 'at-least';
    // Starts 60–360 days ago, ends 30–120 days from now: history reaches back past the start.
    const start = today - (60 + ((g * 37) % 300)) * DAY_MS;
    const deadline = today + (30 + ((g * 53) % 90)) * DAY_MS;
    const base = 1000 + g * 10;
    let qtd = 0;
    for (let d = DAYS - 1; d >= 0; d--) {
      const t = today - d * DAY_MS + 9 * 3_600_000;
      const date = dayIso(t);
      const noise = ((d * 7919 + g) % 13) - 6;
      let value;
      let period = null;
      if (total) {
        const dt = new Date(t);
        const q = Date.UTC(dt.getUTCFullYear(), Math.floor(dt.getUTCMonth() / 3) * 3, 1);
        if (dayIso(q) === date) qtd = 0;
        qtd += 100 + noise;
        value = qtd;
        period = { start: dayIso(q), end: date };
      } else value = base + (up ? 1 : -1) * (DAYS - d) * 0.8 + noise;
      readings.push({
        metric,
        value,
        unit: total ? 'currency' : 'count',
        ...(total ? { currency: 'USD' } : {}),
        precision: 0.5,
        period,
        observedAt: new Date(t).toISOString(),
      });
    }
    goals.push({
      id: `bench-goal-${g}`,
      title: `Bench goal ${g}: ${up ? 'grow' : 'cut'} ${metric.key}`,
      objective: 'Benchmark the side panel with a realistic number of goals',
      metric: { ...metric, label: `Metric ${g}` },
      direction,
      accumulation: total ? 'period-total' : 'level',
      baseline: { value: total ? 8000 : base, date: dayIso(start) },
      target: total ? { value: 9500 } : { changePercent: up ? 30 : -20 },
      start: dayIso(start),
      deadline: dayIso(deadline),
      priority: (g % 5) + 1,
      owner: `Owner ${g % 7}`,
      actions: [
        { id: 'a1', title: 'First step', status: 'doing' },
        { id: 'a2', title: 'Second step', status: 'todo' },
      ],
      notes: [],
      revisions: [],
    });
  }
  return { format: 'pacer', version: 1, exportedAt: now.toISOString(), goals, readings };
}
