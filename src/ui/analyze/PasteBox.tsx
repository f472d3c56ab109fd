import { useState } from 'preact/hooks';
import { t } from '../../i18n';

/**
 * Paste boundary text (GeoJSON, KML, a coordinate list) instead of picking a file: it is
 * read like a file with that content. The text stays in the box, so a failed read loses nothing.
 */
export function PasteBox({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const [text, setText] = useState('');
  const empty = !text.trim();
  const submit = (e: Event) => {
    e.preventDefault();
    if (empty || disabled) return;
    onFiles([new File([text], t('anPastedName'), { type: 'text/plain' })]);
  };
  return (
    <details class="paste-box" data-testid="paste-box">
      <summary>{t('anPasteTitle')}</summary>
      <form onSubmit={submit}>
        <label class="paste-box__label" for="paste-box-text">{t('anPasteHint')}</label>
        <textarea
          id="paste-box-text"
          class="paste-box__text"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button button--small" disabled={disabled || empty}>
          {t('anPasteRead')}
        </button>
      </form>
    </details>
  );
}
