import { t } from '../i18n';

/** Always visible: plan boundaries are schematic, not surveyed. */
export function SchematicNotice() {
  return (
    <p class="schematic-notice" role="note" data-testid="schematic-note">
      <strong>{t('schematicShort')}</strong> {t('schematicNote')}
    </p>
  );
}
