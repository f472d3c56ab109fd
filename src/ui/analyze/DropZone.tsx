import { useState } from 'preact/hooks';
import { pick, t } from '../../i18n';
import { ACCEPT, FORMATS } from '../../formats/registry';

/** Pick or drop boundary files; each is handed on in turn. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length && !disabled) onFiles(files);
  };
  return (
    <label
      class={`dropzone${over ? ' dropzone--over' : ''}${disabled ? ' dropzone--disabled' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <span class="dropzone__title">{t('anDropTitle')}</span>
      <span class="button button--small dropzone__pick">{t('anPickFile')}</span>
      <span class="dropzone__formats muted">{FORMATS.map((f) => pick(f.label)).join(' · ')}</span>
      <input
        type="file"
        class="visually-hidden"
        accept={ACCEPT}
        multiple
        disabled={disabled}
        data-testid="site-file-input"
        onChange={(e) => {
          const input = e.currentTarget;
          take(input.files);
          input.value = ''; // the same file can be picked again
        }}
      />
    </label>
  );
}
