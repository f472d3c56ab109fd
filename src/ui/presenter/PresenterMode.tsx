import { useEffect, useRef } from 'preact/hooks';
import { effect, useSignal } from '@preact/signals';
import { fetchSource } from '../../data/loadAtlas';
import { both, lang, localName, pick, t } from '../../i18n';
import {
  activeStory,
  currentStep,
  currentStepNumber,
  currentStory,
  exportOpen,
  firstStep,
  lastStep,
  loadStories,
  nextStep,
  prevStep,
  setSpotlight,
  showStepYear,
  spotlight,
  stepSpotlight,
  stopStory,
  storiesStatus,
} from '../../state/presenter';
import { atlasIndex } from '../../state/selection';
import { pushNotice } from '../../state/ui';
import { CitationLink } from '../info/CitationLink';
import { Translated } from '../info/Translated';
import { presenterAction, swipeAction, type PresenterAction } from '../../state/presenterKeymap';
import { enterSession, leaveSession, showStep } from '../../map/presenterSession';
import type { Padding } from '../../state/stepCamera';
import { StoryPicker } from './StoryPicker';
import { PresenterLegend } from './PresenterLegend';
import '../../../styles/presenter.css';

/** The presenter's secondary buttons as a phone shows them (icons; the label stays the button's name). */
const ICON_PATHS = {
  exit: 'M5 5 L15 15 M15 5 L5 15',
  fullscreen: 'M3 7 V3 H7 M13 3 H17 V7 M17 13 V17 H13 M7 17 H3 V13',
  export: 'M10 3 V12 M6 8.5 L10 12.5 L14 8.5 M4 16 H16',
} as const;

/** A button that reads as its label on a projector and as an icon on a phone, where the row has no room for words. */
function IconTextButton({ icon, label, onClick, testId }: { icon: keyof typeof ICON_PATHS; label: string; onClick: () => void; testId?: string }) {
  return (
    <button type="button" class="presenter__button presenter__button--text presenter__button--icon" onClick={onClick} aria-label={label} title={label} data-testid={testId}>
      <svg class="presenter__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <path d={ICON_PATHS[icon]} fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <span class="presenter__label">{label}</span>
    </button>
  );
}

/** Did presenter mode put the page in full screen (so leaving full screen also leaves the story)? */
let ownFullscreen = false;

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) {
      ownFullscreen = false;
      await document.exitFullscreen();
    } else {
      await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      ownFullscreen = true;
    }
  } catch {
    // Refused (no user gesture, iframe, old phone): the presenter layout still fills the window.
  }
}

function leave(): void {
  stopStory();
  if (document.fullscreenElement && ownFullscreen) {
    ownFullscreen = false;
    void document.exitFullscreen().catch(() => undefined);
  }
}

/**
 * Presenter mode: a projector layout over the map (story and step titles, the
 * step's caption and plan quote, a step counter, big buttons), driven by
 * clicker keys and swipes. Mounted once; visible while a story is active.
 */
export function PresenterMode() {
  const bar = useRef<HTMLElement>(null);
  const caption = useRef<HTMLElement>(null);
  const blackout = useSignal(false);
  const story = currentStory.value;
  const step = currentStep.value;
  const number = currentStepNumber.value;

  useEffect(() => void loadStories(fetchSource().getJson), []);

  // The overlay's own size decides the free map area a step is fitted into.
  const padding = (): Padding => {
    const top = bar.current?.getBoundingClientRect().bottom ?? 0;
    const captionTop = caption.current?.getBoundingClientRect().top ?? window.innerHeight;
    // The on-screen legend sits at the right: the step is fitted beside it. A phone hides it (no box: no room taken;
    // taking its left of 0 for its edge once squeezed a phone's map to nothing, the step at the lowest zoom).
    const legend = document.querySelector('.presenter__legend')?.getBoundingClientRect();
    const right = legend && legend.width > 0 && legend.left < window.innerWidth ? window.innerWidth - legend.left + 12 : 24;
    return { top: Math.round(top + 12), bottom: Math.max(0, Math.round(window.innerHeight - captionTop + 12)), left: 24, right: Math.round(right) };
  };

  // Enter, show steps and leave as the active story changes (keys, buttons, links).
  useEffect(() => {
    let shownKey = '';
    return effect(() => {
      const active = activeStory.value;
      const s = currentStory.value;
      const st = currentStep.value;
      const key = `${s?.id}:${currentStepNumber.value}`;
      if (!active) {
        shownKey = '';
        leaveSession();
        return;
      }
      if (!s || !st) {
        if (storiesStatus.value !== 'loading') {
          const key = storiesStatus.value === 'failed' ? 'storiesFailed' : 'presenterUnknownStory';
          pushNotice('error', both(key));
          stopStory();
        }
        return;
      }
      if (key === shownKey) return;
      const first = shownKey === '';
      shownKey = key;
      showStepYear(st);
      // After this render (the overlay's size) and after URL sync has applied its own fields.
      void enterSession().then((held) => {
        if (!held || shownKey !== key) return;
        requestAnimationFrame(() => {
          showStep(st, padding(), first);
          // Which step the map was last sent to (read by the e2e suite, which then waits for the map to settle).
          bar.current?.parentElement?.setAttribute('data-shown-step', key);
        });
      });
    });
  }, []);

  // A new window size (full screen on, phone turned): fit the same step again.
  useEffect(() => {
    const onResize = () => {
      const st = currentStep.peek();
      if (st) requestAnimationFrame(() => showStep(st, padding(), true));
    };
    window.addEventListener('resize', onResize);
    const onFullscreen = () => {
      // Esc in full screen is taken by the browser: leaving full screen we entered leaves the story too.
      if (!document.fullscreenElement && ownFullscreen) {
        ownFullscreen = false;
        stopStory();
      }
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('resize', onResize);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  // Clicker keys and swipes, only while presenting and no dialog is open.
  useEffect(() => {
    const run = (action: PresenterAction | null): boolean => {
      if (!action) return false;
      const actions: Record<PresenterAction, () => void> = {
        next: nextStep,
        prev: prevStep,
        first: firstStep,
        last: lastStep,
        exit: leave,
        fullscreen: () => void toggleFullscreen(),
        blackout: () => (blackout.value = !blackout.value),
      };
      actions[action]();
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!activeStory.peek() || exportOpen.peek() || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog')) return;
      // A focused button handles its own Space/Enter (one press, one step).
      if (target?.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
      const action = presenterAction(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      // On a black screen the first key only lifts it (Esc still leaves).
      if (blackout.peek() && action !== 'exit') blackout.value = false;
      else run(action);
    };
    let touch: { x: number; y: number; t: number } | null = null;
    const onTouchStart = (e: TouchEvent) => {
      const p = e.touches[0];
      touch = e.touches.length === 1 && activeStory.peek() ? { x: p.clientX, y: p.clientY, t: e.timeStamp } : null;
    };
    const onTouchEnd = (e: TouchEvent) => {
      const p = e.changedTouches[0];
      if (touch && p && !(e.target as HTMLElement | null)?.closest('button')) run(swipeAction(p.clientX - touch.x, p.clientY - touch.y, e.timeStamp - touch.t));
      touch = null;
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('touchstart', onTouchStart, { passive: true });
    window.addEventListener('touchend', onTouchEnd, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('touchstart', onTouchStart);
      window.removeEventListener('touchend', onTouchEnd);
    };
  }, []);

  if (!activeStory.value || !story || !step) return <StoryPicker onStart={() => void toggleFullscreen()} />;

  const lit = spotlight.value;
  const clicked = lit.length === 1 && !stepSpotlight.value.includes(lit[0]) ? atlasIndex.value?.byId.get(lit[0]) : undefined;
  const total = story.steps.length;
  const zh = lang.value === 'zh';
  return (
    <div class="presenter" role="region" aria-label={t('presenterLabel')} data-testid="presenter" lang={zh ? 'zh-CN' : 'en'}>
      <header class="presenter__bar" ref={bar}>
        <div class="presenter__heading">
          <p class="presenter__story">{pick(story.title)}</p>
          <h2 class="presenter__title" data-testid="presenter-title">
            {pick(step.title)}
          </h2>
        </div>
        <p class="presenter__counter" data-testid="presenter-counter" aria-label={`${number} / ${total}`}>
          <span>{number}</span> / {total}
        </p>
        <IconTextButton icon="exit" label={t('presenterExit')} onClick={leave} testId="presenter-exit" />
      </header>

      <section class="presenter__caption" ref={caption} aria-live="polite">
        {step.year !== undefined && (
          <p class="presenter__year badge" data-testid="presenter-year">
            {t('presenterYear').replace('{y}', String(step.year))}
          </p>
        )}
        <p class="presenter__text">{pick(step.caption)}</p>
        {step.quote && (
          <blockquote class="presenter__quote" lang="zh-CN">
            “{step.quote.text}”
          </blockquote>
        )}
        {clicked && (
          <p class="presenter__spot" data-testid="presenter-spot">
            <strong>{localName(clicked.feature.properties)}</strong>
            {clicked.text.positioning && (
              <span>
                {' — '}
                <Translated original={clicked.text.positioning.text} en={clicked.text.positioning.en} />
              </span>
            )}
          </p>
        )}
        <p class="presenter__sources">
          {t('citations')}{t('colon')}{step.sources.map((s) => <CitationLink key={`${s.file}:${s.lines}`} source={s} />)}
          <span class="presenter__schematic"> · {t('schematicShort')}</span>
        </p>
        <nav class="presenter__nav" aria-label={t('presenterLabel')}>
          <button type="button" class="presenter__button" onClick={prevStep} disabled={number <= 1} aria-label={t('presenterPrev')} data-testid="presenter-prev">
            ‹
          </button>
          <button type="button" class="presenter__button presenter__button--next" onClick={nextStep} disabled={number >= total} aria-label={t('presenterNext')} data-testid="presenter-next">
            ›
          </button>
          {lit.length > 0 && (
            <button type="button" class="presenter__button presenter__button--text" onClick={() => setSpotlight([])} data-testid="presenter-clear-spotlight">
              {t('presenterClearSpotlight')}
            </button>
          )}
          <IconTextButton icon="fullscreen" label={t('presenterFullscreen')} onClick={() => void toggleFullscreen()} />
          <IconTextButton icon="export" label={t('exportButton')} onClick={() => (exportOpen.value = true)} />
          <span class="presenter__keys">{t('presenterKeys')}</span>
        </nav>
      </section>
      <PresenterLegend />
      {blackout.value && <div class="presenter__blackout" data-testid="presenter-blackout" onClick={() => (blackout.value = false)} />}
    </div>
  );
}
