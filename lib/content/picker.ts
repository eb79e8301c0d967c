/**
 * Pick mode: the user points at a number on the page and clicks it. Pacer's only UI inside a
 * page, so it lives in its own shadow root (the page's styles cannot reach it, and it cannot
 * restyle the page), and it leaves nothing behind when it ends.
 */
export interface PickerText {
  hint: string;
  cancel: string;
  /** Shown when the click was not on a single number: pick mode stays on for another try. */
  notANumber: string;
}

export interface Picker {
  stop(): void;
}

/**
 * Starts pick mode; `onPick` gets the clicked element and says whether it held a number (pick
 * mode ends) or not (it stays on and says so). `onEnd` runs when it ends either way.
 */
export function startPicker(
  doc: Document,
  text: PickerText,
  onPick: (el: Element) => boolean,
  onEnd: () => void,
): Picker {
  const host = doc.createElement('pacer-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    .bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647;
      font: 14px/1.4 system-ui, sans-serif; background: #1f6f5c; color: #fff; padding: 8px 12px;
      border-radius: 8px; box-shadow: 0 4px 16px #0004; display: flex; gap: 12px; align-items: center; }
    button { font: inherit; background: #fff; color: #1f6f5c; border: 0; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
    .box { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #1f6f5c;
      background: #1f6f5c22; border-radius: 4px; display: none; }`;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const hint = doc.createElement('span');
  hint.textContent = text.hint;
  const cancel = doc.createElement('button');
  cancel.textContent = text.cancel;
  bar.append(hint, cancel);
  const box = doc.createElement('div');
  box.className = 'box';
  root.append(style, bar, box);
  doc.documentElement.append(host);

  const onMove = (e: MouseEvent) => {
    const el = e.target instanceof Element && e.target !== host ? e.target : null;
    if (!el) return;
    const r = el.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };
  const onClick = (e: MouseEvent) => {
    if (e.target === host) return; // the bar's own buttons
    // The click picks a number; it must not also press the dashboard's button or link.
    e.preventDefault();
    e.stopPropagation();
    if (e.target instanceof Element && onPick(e.target)) return stop();
    hint.textContent = text.notANumber;
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') stop();
  };
  const opts = { capture: true } as const;
  doc.addEventListener('mousemove', onMove, opts);
  doc.addEventListener('click', onClick, opts);
  doc.addEventListener('keydown', onKey, opts);
  cancel.addEventListener('click', () => stop());

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('mousemove', onMove, opts);
    doc.removeEventListener('click', onClick, opts);
    doc.removeEventListener('keydown', onKey, opts);
    host.remove();
    onEnd();
  }
  return { stop };
}
