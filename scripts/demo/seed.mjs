// Demo goals with a few weeks of history behind them, so `npm start` shows Pacer judging real
// trends from the first minute. Dates are relative to today; values lead up to the figures on
// the demo dashboard (plausible-demo.html).

const SITE = { source: 'plausible', scope: 'acme-shop.example' };

const day = (offset) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/**
 * Daily readings on a line from `from` towards `to` (today's figure on the demo page, read live),
 * with a day-to-day wobble as real traffic has: a perfectly straight history would make today's
 * ordinary reading look like an anomaly.
 */
function series(key, unit, from, to, days) {
  const step = (to - from) / days;
  return Array.from({ length: days }, (_, i) => {
    const wobble = Math.sin(i * 2.3) * Math.abs(step) * 1.5;
    return {
      metric: { ...SITE, key },
      value: Math.round((from + step * i + wobble) * 10) / 10,
      unit,
      period: null,
      observedAt: `${day(i - days)}T09:00:00.000Z`,
    };
  });
}

const goal = (over) => ({
  objective: 'Grow the shop’s online sales this quarter',
  direction: 'increase',
  accumulation: 'level',
  actions: [],
  notes: [],
  revisions: [],
  ...over,
});

export function demoData() {
  return {
    format: 'pacer',
    version: 1,
    exportedAt: new Date().toISOString(),
    goals: [
      goal({
        id: 'demo-visitors',
        title: 'Grow unique visitors to 20k a month',
        metric: { ...SITE, key: 'visitors', label: 'Unique visitors' },
        baseline: { value: 9800, date: day(-45) },
        target: { value: 20000 },
        start: day(-45),
        deadline: day(45),
        priority: 1,
        owner: 'Mina',
        actions: [
          {
            id: 'a1',
            title: 'Publish two buying guides a week',
            owner: 'Mina',
            due: day(10),
            status: 'doing',
          },
          {
            id: 'a2',
            title: 'Fix slow product pages',
            owner: 'Joon',
            due: day(-3),
            status: 'todo',
          },
        ],
      }),
      goal({
        id: 'demo-bounce',
        title: 'Cut bounce rate to 35%',
        objective: 'Visitors find what they came for',
        metric: { ...SITE, key: 'bounce_rate', label: 'Bounce rate' },
        direction: 'decrease',
        baseline: { value: 52, date: day(-60) },
        target: { value: 35 },
        start: day(-60),
        deadline: day(30),
        priority: 2,
      }),
      goal({
        id: 'demo-pageviews',
        title: 'Reach 45k pageviews a month',
        metric: { ...SITE, key: 'pageviews', label: 'Total pageviews' },
        baseline: { value: 30000, date: day(-30) },
        target: { value: 45000 },
        start: day(-30),
        deadline: day(60),
        priority: 3,
      }),
      goal({
        id: 'demo-duration',
        title: 'Keep visit duration above one minute',
        objective: 'Visitors find what they came for',
        metric: { ...SITE, key: 'visit_duration', label: 'Visit duration' },
        direction: 'at-least',
        baseline: { value: 58, date: day(-30) },
        target: { value: 60 },
        start: day(-30),
        deadline: day(60),
        priority: 4,
      }),
    ],
    readings: [
      ...series('visitors', 'count', 9800, 12350, 40),
      ...series('bounce_rate', 'percent', 52, 44, 50),
      ...series('pageviews', 'count', 30000, 41000, 28),
      ...series('visit_duration', 'duration', 58, 65, 28),
    ],
  };
}
