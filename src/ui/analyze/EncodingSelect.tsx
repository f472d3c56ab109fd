import { ENCODING_LABELS, ENCODINGS } from '../../formats/decode';
import { t } from '../../i18n';
import type { EncodingChoice } from '../../state/analysis';

/** Text encoding of a file: detected ("auto") or one the user names (GBK files from land systems, UTF-16 from Windows tools). */
export function EncodingSelect({ value, onChange, label, testId, disabled }: { value: EncodingChoice; onChange: (v: EncodingChoice) => void; label: string; testId: string; disabled?: boolean }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as EncodingChoice)} data-testid={testId}>
        <option value="auto">{t('anEncodingAuto')}</option>
        {ENCODINGS.map((id) => (
          <option key={id} value={id}>
            {ENCODING_LABELS[id]}
          </option>
        ))}
      </select>
    </label>
  );
}
