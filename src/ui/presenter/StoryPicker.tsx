import { pick, t } from '../../i18n';
import { pickerOpen, startStory, stories, storiesStatus } from '../../state/presenter';
import { ModalDialog } from './ModalDialog';

/** The list of stories behind the "演示 / Present" button; picking one starts it at step 1. */
export function StoryPicker({ onStart }: { onStart?: () => void }) {
  return (
    <ModalDialog open={pickerOpen} title={t('storyPickerTitle')} titleId="story-picker-title" class="story-picker" testId="story-picker">
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
    </ModalDialog>
  );
}
