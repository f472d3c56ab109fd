import { CRS_PRESETS } from '../../formats/datum';
import { pick, t } from '../../i18n';
import type { CrsChoice } from '../../state/analysis';

/** Coordinate system of a file: detected ("auto") or one the user names. */
export function CrsSelect({ value, onChange, label, testId }: { value: CrsChoice; onChange: (v: CrsChoice) => void; label: string; testId: string }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
        <option value="auto">{t('anCrsAuto')}</option>
        {CRS_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {pick(p.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
