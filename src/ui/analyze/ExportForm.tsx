import { useEffect } from 'preact/hooks';
import { EXPORT_CRS } from '../../export/exportCrs';
import { EXPORT_FORMATS, exportFormat } from '../../export/formats/registry';
import type { ExportFormatId } from '../../export/formats/writer';
import type { TextEncodingId } from '../../export/textEncoding';
import { LEVELS } from '../../data/levels';
import { pick, t, type StringKey } from '../../i18n';
import { ensureProjects } from '../../state/projects';
import { exportBusy, exportChoice, exportResult, exportSources, fitChoice, runExport, type ExportSource } from '../../state/dataExport';

const GROUPS: { id: ExportSource['group']; label: StringKey }[] = [
  { id: 'plan', label: 'exGroupPlan' },
  { id: 'other', label: 'exGroupOther' },
  { id: 'mine', label: 'exGroupMine' },
];
const ENCODING_LABELS: Record<TextEncodingId, StringKey> = { 'utf-8': 'exEncodingUtf8', gbk: 'exEncodingGbk' };

/** Export: pick layers and kept items, a format, a coordinate system and an encoding; the file downloads. */
export function ExportForm() {
  useEffect(() => ensureProjects(), []);
  const choice = fitChoice(exportChoice.value);
  const sources = exportSources.value;
  const writer = exportFormat(choice.format);
  const set = (patch: Partial<typeof choice>) => (exportChoice.value = fitChoice({ ...exportChoice.peek(), ...patch }));
  const toggle = (id: string, on: boolean) => set({ sources: on ? [...choice.sources, id] : choice.sources.filter((s) => s !== id) });
  const result = exportResult.value;
  const busy = exportBusy.value;
  return (
    <section class="export-form" data-testid="export-form" aria-labelledby="export-title">
      <h2 id="export-title">{t('exTitle')}</h2>
      <p class="hint">{t('exHint')}</p>
      <fieldset class="export-form__sources">
        <legend>{t('exLayers')}</legend>
        <div class="analyze__toolbar">
          <button type="button" class="button button--small" onClick={() => set({ sources: sources.filter((s) => s.count > 0).map((s) => s.id) })}>
            {t('exAll')}
          </button>
          <button type="button" class="button button--small" onClick={() => set({ sources: [] })}>
            {t('exNone')}
          </button>
        </div>
        {GROUPS.map((g) => {
          const inGroup = sources.filter((s) => s.group === g.id);
          const row = (s: ExportSource) => (
            <label key={s.id} class="check">
              <input
                type="checkbox"
                checked={choice.sources.includes(s.id)}
                disabled={s.count === 0}
                onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                data-testid={`export-source-${s.id}`}
              />
              {pick(s.title)} <span class="muted">({s.count})</span>
            </label>
          );
          return (
            <div key={g.id} class="export-form__group">
              <h3>{t(g.label)}</h3>
              {g.id === 'plan'
                ? // Under each plan's name, as in the layer panel: 二七区 and 中原区 both have a 核心板块内部结构.
                  LEVELS.map(({ level, label }) => {
                    const ofLevel = inGroup.filter((s) => s.level === level);
                    return ofLevel.length ? (
                      <div key={level} class="export-form__level" data-level={level}>
                        <h4>{t(label)}</h4>
                        {ofLevel.map(row)}
                      </div>
                    ) : null;
                  })
                : inGroup.map(row)}
            </div>
          );
        })}
      </fieldset>
      <label class="field">
        <span>{t('exFormat')}</span>
        <select value={choice.format} onChange={(e) => set({ format: e.currentTarget.value as ExportFormatId })} data-testid="export-format">
          {EXPORT_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {pick(f.label)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('exCrs')}</span>
        <select value={choice.crs} disabled={writer.crs.length < 2} onChange={(e) => set({ crs: e.currentTarget.value as typeof choice.crs })} data-testid="export-crs">
          {EXPORT_CRS.filter((c) => writer.crs.includes(c.id)).map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.label)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('exEncoding')}</span>
        <select value={choice.encoding} disabled={writer.encodings.length < 2} onChange={(e) => set({ encoding: e.currentTarget.value as TextEncodingId })} data-testid="export-encoding">
          {writer.encodings.map((id) => (
            <option key={id} value={id}>
              {t(ENCODING_LABELS[id])}
            </option>
          ))}
        </select>
      </label>
      <div class="analyze__toolbar">
        <button type="button" class="button" disabled={busy || choice.sources.length === 0} onClick={() => void runExport()} data-testid="export-run">
          {busy ? t('exBusy') : t('exButton')}
        </button>
      </div>
      {result && (
        <p class={result.ok ? 'export-form__done' : 'analyze-error'} role={result.ok ? 'status' : 'alert'} data-testid="export-result">
          {pick(result.text)}
        </p>
      )}
    </section>
  );
}
