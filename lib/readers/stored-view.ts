/**
 * Readings stored before issue 15 may sit under the wrong metric key:
 * - a segment's or a filter's figures under the site's key: Matomo and PostHog say the view in
 *   the address, which a reading keeps (`url`), so the reading moves to the key the reader now
 *   gives it (`visits~segment=browserCode==FF`);
 * - Matomo in German or Korean keyed by the slug of the UI's words (`besuche`): the reader now
 *   keys by the sparkline's API column, the same in every language (`visits`).
 * Pure: for the store's migration to call.
 */
import { matomoViewOfUrl } from './matomo';
import { viewOf as posthogViewOf } from './posthog';
import { VIEW_SEPARATOR, viewKey, type FigureView } from './view';

const BY_SOURCE: Record<string, (url: URL) => FigureView | null> = {
  matomo: matomoViewOfUrl,
  posthog: posthogViewOf,
};

/** The view the address of a stored reading shows, or null (site-wide, unknown, or bad URL). */
export function storedViewOf(source: string, url: string | undefined): FigureView | null {
  const of = Object.hasOwn(BY_SOURCE, source) ? BY_SOURCE[source] : undefined;
  if (!of || !url) return null;
  try {
    return of(new URL(url));
  } catch {
    return null;
  }
}

// Slugs of Matomo's own German and Korean words (VisitsSummary/lang and lang/*.json, 5.2: the
// sparkline descriptions and the column titles) → the keys the reader gives in every language.
const MATOMO_KEYS: Record<string, string> = {
  besuche: 'visits',
  eindeutige_besucher: 'visitors',
  durchschnittliche_aufenthaltsdauer: 'visit_duration',
  durchschnittszeit_auf_der_webseite: 'visit_duration',
  abgesprungene_besucher_verlassen_der_webseite_nach_einer_seite: 'bounce_rate',
  absprungsrate: 'bounce_rate',
  aktionen_pro_besuch_seitenansichten_downloads_ausgehende_verweise_und_interne_suchen:
    'actions_per_visit',
  aktionen_pro_besuch: 'actions_per_visit',
  seitenansichten: 'pageviews',
  eindeutige_seitenansichten: 'unique_pageviews',
  max_aktionen_pro_besuch: 'max_actions',
  maximale_aktionen_pro_besuch: 'max_actions',
  benutzer: 'users',
  durchschnittliche_generierungszeit: 'generation_time',
  ausgehende_verweise: 'outlinks',
  interne_suchen: 'searches',
  einmalige_suchbegriffe: 'unique_keywords',
  방문_수: 'visits',
  고유_방문자_수: 'visitors',
  평균_방문_지속_시간: 'visit_duration',
  웹사이트_평균_시간: 'visit_duration',
  반송률: 'bounce_rate',
  방문_당_활동_수_페이지뷰_다운로드_외부링크와_내부_사이트_검색: 'actions_per_visit',
  방문_당_활동_수: 'actions_per_visit',
  페이지뷰: 'pageviews',
  방문_당_최대_활동_수: 'max_actions',
  한번_방문에_최대_활동_수: 'max_actions',
  사용자: 'users',
  평균_생성_시간: 'generation_time',
  다운로드_수: 'downloads',
};

interface StoredReading {
  metric: { source: string; scope: string; key: string };
  url?: string;
}

/**
 * The reading under the key its view gives it; the same object when nothing changes (no view,
 * or a key that already carries one).
 */
export function rekeyStoredReading<R extends StoredReading>(reading: R): R {
  const { source, key } = reading.metric;
  if (key.includes(VIEW_SEPARATOR)) return reading;
  const base = (source === 'matomo' && Object.hasOwn(MATOMO_KEYS, key) && MATOMO_KEYS[key]) || key;
  const next = viewKey(base, storedViewOf(source, reading.url));
  return next === key ? reading : { ...reading, metric: { ...reading.metric, key: next } };
}
