import type { Bilingual } from '../../lib/bilingual';

/** What the user is told about parts of a link that could not be used. */
export type UrlNoticeKey =
  | 'urlIgnoredHash'
  | 'urlIgnoredVersion'
  | 'urlIgnoredView'
  | 'urlIgnoredLayers'
  | 'urlIgnoredOpacity'
  | 'urlIgnoredSelected'
  | 'urlIgnoredLang'
  | 'urlIgnoredStory'
  | 'urlIgnoredBasemap'
  | 'urlIgnoredPanel'
  | 'urlIgnoredReader'
  | 'urlIgnoredUnknown';

/** What each notice says, for the i18n tables. */
export const URL_NOTICE_TEXT: Record<UrlNoticeKey, Bilingual> = {
  urlIgnoredHash: { zh: '链接中的地图状态无法读取，已显示默认视图。', en: 'The map state in the link could not be read; the default view is shown.' },
  urlIgnoredVersion: { zh: '链接来自不支持的版本，已显示默认视图。', en: 'The link comes from an unsupported version; the default view is shown.' },
  urlIgnoredView: { zh: '链接中的地图位置无效，已使用默认位置。', en: 'The map position in the link was invalid; the default position is used.' },
  urlIgnoredLayers: { zh: '链接中有未知图层，已忽略。', en: 'Unknown layers in the link were ignored.' },
  urlIgnoredOpacity: { zh: '链接中的图层透明度无效，已忽略。', en: 'Invalid layer opacity in the link was ignored.' },
  urlIgnoredSelected: { zh: '链接中选中的要素不存在，已忽略。', en: 'The feature selected in the link does not exist and was ignored.' },
  urlIgnoredLang: { zh: '链接中的语言设置无效，已忽略。', en: 'The language in the link was invalid and was ignored.' },
  urlIgnoredStory: { zh: '链接中的演示步骤无效，已忽略。', en: 'The story step in the link was invalid and was ignored.' },
  urlIgnoredBasemap: { zh: '链接中的底图设置无效，已忽略。', en: 'The basemap in the link was invalid and was ignored.' },
  urlIgnoredPanel: { zh: '链接中的面板无效，已忽略。', en: 'The panel in the link was invalid and was ignored.' },
  urlIgnoredReader: { zh: '链接中的原文位置无效，已忽略。', en: 'The plan text position in the link was invalid and was ignored.' },
  urlIgnoredUnknown: { zh: '链接中有无法识别的参数，已忽略。', en: 'Unrecognised parts of the link were ignored.' },
};
