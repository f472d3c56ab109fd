import type { SketchItem } from '../../data/userItems';
import { t } from '../../i18n';
import { deleteItem, patchItem } from '../../state/drawing';
import { SKETCH_COLOURS } from '../../state/drawingModel';
import { draftItem } from '../../state/keptDrafts';
import { NoteField } from './NoteField';
import { ShapeFigures } from './ShapeFigures';

/**
 * A sketch's name, note and colour (each change one undo step, made when the field is left; what is typed is kept
 * as it is typed), its figures, delete.
 */
export function SketchEditor({ item }: { item: SketchItem }) {
  return (
    <div class="draw-editor" data-testid="sketch-editor">
      <label class="draw-field">
        {t('drawName')}
        <input
          type="text"
          value={item.name}
          maxLength={200}
          onInput={(e) => draftItem(item.id, { name: e.currentTarget.value.trim() || item.name })}
          onChange={(e) => patchItem(item.id, { name: e.currentTarget.value.trim() || item.name })}
          data-testid="sketch-name"
        />
      </label>
      <NoteField id={item.id} note={item.note} rows={2} testId="sketch-note" />
      <fieldset class="draw-colours">
        <legend>{t('drawColour')}</legend>
        {SKETCH_COLOURS.map((c) => (
          <button key={c} type="button" class="draw-colour" style={{ background: c }} aria-pressed={item.colour === c} aria-label={c} onClick={() => patchItem(item.id, { colour: c })} />
        ))}
      </fieldset>
      <ShapeFigures geometry={item.geometry} testId="sketch-figures" />
      <button type="button" class="button button--small" onClick={() => deleteItem(item.id)} data-testid="sketch-delete">
        {t('drawDelete')}
      </button>
    </div>
  );
}
