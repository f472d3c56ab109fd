import { lang, t } from '../../i18n';

/**
 * The plan's own Chinese words, and in the English view our translation beside
 * them, marked as a translation. The Chinese view shows the original only.
 */
export function Translated({ original, en, block = false }: { original: string; en?: string; block?: boolean }) {
  const showEn = lang.value === 'en' && !!en;
  const Tag = block ? 'p' : 'span';
  return (
    <>
      <Tag lang="zh-CN" class="original">
        {original}
      </Tag>
      {showEn && (
        <Tag class="translation" lang="en" data-testid="translation">
          {block ? null : ' '}
          <span class="translation__mark">{t('translationMark')}{t('colon')}</span> {en}
        </Tag>
      )}
    </>
  );
}
