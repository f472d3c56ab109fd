import { t } from '../../i18n';
import { patchItem } from '../../state/drawing';
import { draftItem } from '../../state/keptDrafts';

/** A kept item's note: kept as it is typed (a draft), made an undo step when the field is left. */
export function NoteField({ id, note, rows, testId }: { id: string; note: string; rows: number; testId: string }) {
  return (
    <label class="draw-field">
      {t('drawNote')}
      <textarea
        rows={rows}
        value={note}
        maxLength={4000}
        onInput={(e) => draftItem(id, { note: e.currentTarget.value })}
        onChange={(e) => patchItem(id, { note: e.currentTarget.value })}
        data-testid={testId}
      />
    </label>
  );
}
