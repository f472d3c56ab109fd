import { t } from '../i18n';

/** Always visible: plan boundaries are schematic, not surveyed. One short line on phones (CSS picks). */
export function SchematicNotice() {
  return (
    <p class="schematic-notice" role="note" data-testid="schematic-note">
      <strong>{t('schematicShort')}</strong> <span class="schematic-notice__long">{t('schematicNote')}</span>
      <span class="schematic-notice__short">{t('schematicNoteShort')}</span>
    </p>
  );
}
