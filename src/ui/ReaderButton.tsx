import { t } from '../i18n';
import { closeReader, openReader, readerAt } from '../state/reader';

/** Opens the plan reader where it was last left (or at the start of the 二七区 plan); closes it when open. */
export function ReaderButton({ onChosen }: { onChosen?: () => void }) {
  const open = readerAt.value !== null;
  return (
    <button
      type="button"
      class="button"
      aria-label={t('readerOpenLabel')}
      aria-pressed={open}
      data-testid="reader-open"
      onClick={() => {
        onChosen?.();
        if (open) closeReader();
        else openReader();
      }}
    >
      {t('readerOpen')}
    </button>
  );
}
