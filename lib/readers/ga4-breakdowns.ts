/**
 * GA4 summary-card tables as breakdowns (issue 13): "Users by Session default channel group",
 * "Views by Page title and screen class", "Active users by Country" … on Reports snapshot, the
 * overview reports and Home. GA4's card markup was never seen (see ga4.ts), so the tables are
 * read by their header words (header-tables.ts): GA4's dimension names in en, de and ko, and the
 * reader's own metric labels. GA4 abbreviates with the locale's compact notation ("5.2K" is
 * 5,150–5,250), which the rows' precision carries.
 */
import { dimensionNames } from './header-tables';

/** GA4 dimension names (lower-cased) as card table headers show them, in en, de and ko. */
export const GA4_DIMENSIONS = dimensionNames({
  channels:
    'session default channel group|first user default channel group|default channel group|session primary channel group|세션 기본 채널 그룹|첫 사용자 기본 채널 그룹|기본 채널 그룹',
  sources:
    'session source|first user source|source|session source / medium|first user source / medium|source / medium|세션 소스|첫 사용자 소스|소스|세션 소스/매체|소스/매체|quelle|sitzungsquelle',
  campaigns:
    'session campaign|first user campaign|campaign|세션 캠페인|첫 사용자 캠페인|캠페인|kampagne',
  pages:
    'page title and screen class|page title and screen name|page title|page path and screen class|page path|페이지 제목 및 화면 클래스|페이지 제목 및 화면 이름|페이지 제목|페이지 경로 및 화면 클래스|seitentitel und bildschirmklasse|seitentitel und bildschirmname|seitentitel|seitenpfad und bildschirmklasse',
  'entry-pages': 'landing page|방문 페이지|landingpage|zielseite',
  countries: 'country|country id|국가|국가 id|land|land-id',
  regions: 'region|지역',
  cities: 'city|도시|stadt',
  languages: 'language|언어|sprache',
  devices: 'device category|기기 카테고리|gerätekategorie',
  browsers: 'browser|브라우저',
  os: 'operating system|운영체제|betriebssystem',
  events: 'event name|이벤트 이름|ereignisname',
  products: 'item name|상품 이름|artikelname',
});
