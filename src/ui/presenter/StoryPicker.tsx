import { useEffect, useRef } from 'preact/hooks';
import { pick, t } from '../../i18n';
import { pickerOpen, startStory, stories, storiesStatus } from '../../state/presenter';

/** The list of stories behind the "演示 / Present" button; picking one starts it at step 1. */
export function StoryPicker({ onStart }: { onStart?: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = pickerOpen.value;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="dialog story-picker" aria-labelledby="story-picker-title" onClose={() => (pickerOpen.value = false)} data-testid="story-picker">
      <div class="dialog__head">
        <h2 id="story-picker-title">{t('storyPickerTitle')}</h2>
        <button type="button" class="button button--small" onClick={() => (pickerOpen.value = false)}>
          {t('close')}
        </button>
      </div>
      {storiesStatus.value === 'failed' && <p class="muted">{t('storiesFailed')}</p>}
      <ul class="story-picker__list">
        {stories.value.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              class="story-picker__story"
              data-story={s.id}
              onClick={() => {
                // Full screen needs this click's user gesture, so it is asked for here.
                onStart?.();
                startStory(s.id, 1);
              }}
            >
              <strong>{pick(s.title)}</strong>
              {s.summary && <span class="muted">{pick(s.summary)}</span>}
              <span class="story-picker__count">
                {s.steps.length} {t('storySteps')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">{t('storyStartHint')}</p>
    </dialog>
  );
}
