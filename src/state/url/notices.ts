/**
 * What the user is told about parts of a link that could not be used. The
 * texts are in the i18n tables (src/i18n/zh.ts, en.ts) under the same keys.
 */
import { both } from '../../i18n';
import type { Bilingual } from '../../lib/bilingual';

const URL_NOTICES = [
  'urlIgnoredHash',
  'urlIgnoredVersion',
  'urlIgnoredView',
  'urlIgnoredLayers',
  'urlIgnoredOpacity',
  'urlIgnoredSelected',
  'urlIgnoredLang',
  'urlIgnoredStory',
  'urlIgnoredBasemap',
  'urlIgnoredPanel',
  'urlIgnoredReader',
  'urlIgnoredYear',
  'urlIgnoredVariant',
  'urlIgnoredProject',
  'urlIgnoredUnknown',
] as const;

export type UrlNoticeKey = (typeof URL_NOTICES)[number];

/** Each notice in both languages (kept bilingual so a notice follows a later language switch). */
export const URL_NOTICE_TEXT = Object.fromEntries(URL_NOTICES.map((key) => [key, both(key)])) as Record<UrlNoticeKey, Bilingual>;
