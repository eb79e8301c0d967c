// A Chromium performance trace of one page over an async action, through the DevTools protocol,
// and the per-task analysis the long-task benchmark needs.

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline';

/** Traces while `action()` runs; resolves to { result, events }. */
export async function traceDuring(context, page, action) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
    let result;
    let stream;
    try {
      result = await action();
    } finally {
      const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      ({ stream } = await complete);
    }
    let data = '';
    for (;;) {
      const c = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      data += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data;
      if (c.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(data);
    return { result, events: Array.isArray(parsed) ? parsed : parsed.traceEvents };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Main-thread tasks of the traced page and how much of each ran content-script code.
 * The page's main thread is the renderer main thread ('CrRendererMain') busiest with tasks.
 */
export function analyseTasks(events, scriptUrlPart) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const on = (e) => `${e.pid}:${e.tid}` === main && e.ph === 'X';
  const tasks = events.filter((e) => e.name === 'RunTask' && on(e)).sort((a, b) => a.ts - b.ts);
  // Outermost content-script calls only (a call nested in another is already counted).
  const calls = events
    .filter(
      (e) =>
        e.name === 'FunctionCall' &&
        on(e) &&
        String(e.args?.data?.url ?? '').includes(scriptUrlPart),
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const c of calls) {
    const prev = outer.at(-1);
    if (prev && c.ts < prev.ts + prev.dur) continue;
    outer.push(c);
  }
  // Content-script time per task.
  const perTask = new Map();
  let ti = 0;
  for (const c of outer) {
    while (ti < tasks.length && tasks[ti].ts + tasks[ti].dur < c.ts) ti++;
    const t = tasks[ti];
    const key = t && t.ts <= c.ts ? ti : `orphan${c.ts}`;
    perTask.set(key, (perTask.get(key) ?? 0) + c.dur);
  }
  const ms = (us) => us / 1000;
  const longestTask = tasks.reduce((m, t) => Math.max(m, t.dur), 0);
  const longestCs = [...perTask.values()].reduce((m, d) => Math.max(m, d), 0);
  return {
    tasks: tasks.length,
    longest_task_ms: ms(longestTask),
    content_script_calls: outer.length,
    content_script_total_ms: ms(outer.reduce((s, c) => s + c.dur, 0)),
    content_script_longest_in_one_task_ms: ms(longestCs),
    content_script_longest_call: outer.length
      ? (() => {
          const c = outer.reduce((a, b) => (b.dur > a.dur ? b : a));
          return { ms: ms(c.dur), function: c.args.data.functionName || '(anonymous)' };
        })()
      : null,
  };
}
