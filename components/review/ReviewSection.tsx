import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Goal, parseOrExplain } from '../../lib/goals/schema';
import { formatDay } from '../../lib/i18n/format';
import type { ReviewItem, ReviewPrepared, ReviewState } from '../../lib/messaging/review-schemas';
import {
  buildDecision,
  buildReview,
  draftFor,
  ERROR_ORDER,
  reviewOrder,
  type DecisionDraft,
  type DraftErrors,
} from '../../lib/review/decide';
import { Review, type MoversResult, type ReviewCadence } from '../../lib/review/schema';
import { localeOf } from '../../lib/i18n';
import { newId } from '../editor/form';
import { lastDecisionOf, staleDecisions } from '../../lib/review/history';
import { useI18n } from '../i18n';
import { isManual } from '../../lib/checkins';
import { inSentence } from '../card/goal-text';
import { WhatMoved } from '../card/WhatMoved';
import { reviewList, reviewMovers, reviewPrepare, reviewSave, reviewState } from './api';
import { readProgress, writeProgress, type Recorded } from './progress';
import { ReviewGoal } from './ReviewGoal';
import { SaveBar } from './SaveBar';
import { reviewDueText } from './review-text';
import { localIsoDay } from '../../lib/goals/dates';

/**
 * The review (issue 13, the article's chapter 5): the open goals, needing attention first, one
 * at a time. Decisions are kept here until "Save review" writes them as one Review with the goals
 * they change; a failed save keeps every decision on screen.
 */
export function ReviewSection(p: {
  /** "What moved" for the goals under review, asked once for them all (default: `movers.get`). */
  loadMovers?: (goalIds: string[]) => Promise<Record<string, MoversResult> | null>;
  /** How one goal's movers are shown (default: the goal card's WhatMoved, under the goal's h4). */
  renderMovers?: (result: MoversResult, item: ReviewItem) => ComponentChildren;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<ReviewState | null>(null);
  const [prepared, setPrepared] = useState<ReviewPrepared | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [movers, setMovers] = useState<Record<string, MoversResult>>({});
  const [failed, setFailed] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, DecisionDraft>>({});
  const [errors, setErrors] = useState<Record<string, DraftErrors>>({});
  const [recorded, setRecorded] = useState<Record<string, Recorded>>({});
  const [current, setCurrent] = useState<string | null>(null);
  const [cadence, setCadence] = useState<ReviewCadence | null>(null);
  const [saving, setSaving] = useState(false);
  const [live, setLive] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const listRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const today = localIsoDay(new Date());

  const [restored, setRestored] = useState(0);
  // Written only once the stored progress was read, so the first empty render erases nothing.
  const progressRead = useRef(false);
  useEffect(() => {
    if (progressRead.current) void writeProgress(recorded).catch(() => undefined);
  }, [recorded]);

  const load = async () => {
    const [s, prep, list] = await Promise.all([reviewState(), reviewPrepare(), reviewList()]);
    if (!s || !prep) return setFailed(true);
    setFailed(false);
    setState(s);
    setPrepared(prep);
    setReviews(list ?? []);
    if (!progressRead.current) {
      const kept = await readProgress(prep.items.map((i) => i.goal)).catch(() => ({}));
      progressRead.current = true;
      setRecorded(kept);
      setRestored(Object.keys(kept).length);
    }
    // Figures entered by hand have no dashboard, so no tables: nothing to ask or to say.
    const fromDashboards = prep.items.filter((i) => !isManual(i.goal.metric)).map((i) => i.goal.id);
    if (fromDashboards.length)
      void (p.loadMovers ?? reviewMovers)(fromDashboards).then((m) => m && setMovers(m));
  };
  useEffect(() => void load(), []);

  if (failed)
    return (
      <p class="notice" role="alert">
        {t('reviewUnreachable')}
      </p>
    );
  if (!state || !prepared)
    return (
      <p class="small muted" aria-busy="true">
        {t('reviewLoading')}
      </p>
    );

  const { attention, rest } = reviewOrder(prepared.items);
  const ordered = [...attention, ...rest];
  const draftOf = (item: ReviewItem) => drafts[item.goal.id] ?? draftFor(item.goal);
  const focusGoal = (id: string | null) => {
    setCurrent(id);
    // After the render that opens it: its heading takes focus, so a screen reader reads it.
    // Every goal decided: on to "Save review".
    setTimeout(() => (id ? headings.current.get(id) : saveRef.current)?.focus(), 0);
  };
  const nextAfter = (id: string) => {
    const i = ordered.findIndex((x) => x.goal.id === id);
    const after = [...ordered.slice(i + 1), ...ordered.slice(0, i)];
    return after.find((x) => !recorded[x.goal.id] && x.goal.id !== id)?.goal.id ?? null;
  };

  const record = (item: ReviewItem) => {
    const built = buildDecision(item, draftOf(item), today, localeOf(lang));
    if (!built.ok) {
      setErrors({ ...errors, [item.goal.id]: built.errors });
      const first = ERROR_ORDER.find((k) => built.errors[k]);
      const li = listRef.current?.querySelector(`[data-goal-id="${CSS.escape(item.goal.id)}"]`);
      li?.querySelector<HTMLElement>(
        `[name="${first}"], [name^="${first}-"], .field-error`,
      )?.focus();
      setLive(t('reviewFixFirst'));
      return;
    }
    setErrors({ ...errors, [item.goal.id]: {} });
    const next = { ...recorded, [item.goal.id]: { ...built, base: item.goal } };
    setRecorded(next);
    setLive(t('reviewDecisionSaved', item.goal.title, Object.keys(next).length, ordered.length));
    focusGoal(nextAfter(item.goal.id));
  };

  const chosenCadence: ReviewCadence =
    cadence ?? (state.cadence === 'off' ? 'monthly' : state.cadence);
  const decided = ordered.filter((x) => recorded[x.goal.id]);
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    const { review, goals } = buildReview(
      decided.map((x) => recorded[x.goal.id]!),
      {
        id: newId('review'),
        date: today,
        savedAt: new Date().toISOString(),
        cadence: chosenCadence,
      },
    );
    // The background refuses what does not parse without saying why (it answers null): check
    // here first, so a bad field is said in words instead of "did not answer".
    const bad = [parseOrExplain(Review, review), ...goals.map((g) => parseOrExplain(Goal, g))].find(
      (r) => !r.ok,
    );
    if (bad && !bad.ok) {
      setSaving(false);
      setSaveError(t('reviewSaveFailed', bad.error));
      return;
    }
    // A goal changed since it was decided (another page, sync): saving would undo that change.
    const fresh = await reviewPrepare();
    const stale = fresh
      ? staleDecisions(
          decided.map((x) => recorded[x.goal.id]!),
          fresh.items.map((i) => i.goal),
        )
      : [];
    if (fresh && stale.length) {
      const titles = stale.map((id) => recorded[id]!.base.title);
      setRecorded(
        Object.fromEntries(Object.entries(recorded).filter(([id]) => !stale.includes(id))),
      );
      setDrafts(Object.fromEntries(Object.entries(drafts).filter(([id]) => !stale.includes(id))));
      setPrepared(fresh);
      setSaving(false);
      setSaveError(t('reviewStale', titles.map((x) => `“${x}”`).join(', ')));
      return;
    }
    const res = await reviewSave(review, goals);
    setSaving(false);
    if (!res || !res.ok) {
      // Nothing is cleared: the decisions stay on screen for another try.
      const why = res ? res.error : t('reviewUnreachableShort');
      setSaveError(t('reviewSaveFailed', why));
      return;
    }
    setRecorded({});
    setDrafts({});
    setErrors({});
    setCurrent(null);
    setLive(t('reviewSavedLive', formatDay(review.date, lang, today), review.decisions.length));
    await load();
  };

  const group = (items: ReviewItem[], heading: string, id: string, offset: number) =>
    items.length > 0 && (
      <section aria-labelledby={id} class="stack">
        <h3 id={id}>{heading}</h3>
        <ol class="review-goals">
          {items.map((item, i) => {
            const last = lastDecisionOf(item.goal.id, reviews);
            const gid = item.goal.id;
            return (
              <ReviewGoal
                key={gid}
                item={item}
                position={offset + i + 1}
                today={today}
                last={
                  last
                    ? { date: last.date, status: last.decision.status }
                    : item.previousStatus
                      ? { date: null, status: item.previousStatus }
                      : null
                }
                current={current === gid}
                recorded={recorded[gid]?.decision ?? null}
                draft={draftOf(item)}
                errors={errors[gid] ?? {}}
                movers={
                  movers[gid] &&
                  (p.renderMovers ? (
                    p.renderMovers(movers[gid], item)
                  ) : (
                    <WhatMoved
                      result={movers[gid]}
                      metric={inSentence(item.goal.metric.label || item.goal.metric.key, lang)}
                      today={today}
                      level={5}
                    />
                  ))
                }
                headingRef={(el: HTMLHeadingElement | null) => {
                  if (el) headings.current.set(gid, el);
                  else headings.current.delete(gid);
                }}
                onOpen={() => focusGoal(gid)}
                onChange={(d) => {
                  setDrafts({ ...drafts, [gid]: d });
                  // A field's error goes once the user changes the decision; Record checks again.
                  if (errors[gid] && Object.keys(errors[gid]).length)
                    setErrors({ ...errors, [gid]: {} });
                }}
                onRecord={() => record(item)}
                onSkip={() => focusGoal(nextAfter(gid))}
              />
            );
          })}
        </ol>
      </section>
    );

  return (
    <div class="stack review" ref={listRef}>
      <p class={state.due ? 'notice review-due' : 'small muted'}>
        {reviewDueText(t, lang, today, state)}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {live}
      </p>
      {restored > 0 && Object.keys(recorded).length > 0 && (
        <p class="notice small" role="status">
          {t('reviewRestored', Object.keys(recorded).length)}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setRecorded({});
              setDrafts({});
              setErrors({});
              setRestored(0);
            }}
          >
            {t('reviewStartOver')}
          </button>
        </p>
      )}
      {ordered.length === 0 ? (
        <p class="empty">{t('reviewNoGoals')}</p>
      ) : (
        <>
          {current === null && decided.length === 0 && (
            <div class="buttons">
              <button type="button" class="primary" onClick={() => focusGoal(ordered[0]!.goal.id)}>
                {t(state.due ? 'reviewStart' : 'reviewStartNow', ordered.length)}
              </button>
            </div>
          )}
          {group(attention, t('reviewAttentionHeading', attention.length), 'review-attention-h', 0)}
          {group(rest, t('reviewRestHeading', rest.length), 'review-rest-h', attention.length)}
          <SaveBar
            cadence={chosenCadence}
            onCadence={setCadence}
            decided={decided.length}
            total={ordered.length}
            error={saveError}
            saving={saving}
            buttonRef={saveRef}
            onSave={() => void save()}
          />
        </>
      )}
    </div>
  );
}
