import { useSignal, type Signal } from '@preact/signals';
import type { Orientation, Paper } from '../../export/paper';
import { lang, t } from '../../i18n';
import { exportOpen } from '../../state/presenter';
import { exportPng, planPrint, preparePrint, printJobFromLiveMap, type PngResult } from '../../map/exportFigure';
import { formatShare } from '../../analysis/units';
import { defaultFigureTitle } from '../../state/figureText';
import { ModalDialog } from './ModalDialog';
import { printImageDecoded, showPrintJob } from './PrintSheet';

const SCALES = [1, 2, 3] as const;
const PAPERS: readonly Paper[] = ['A4', 'A3'];
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];

let printing = false;
let lastPaper: { paper: Paper; orientation: Orientation } = { paper: 'A4', orientation: 'landscape' };

// The browser's own Print command (Ctrl+P) gets the live map in the last chosen paper layout.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    if (printing) return; // our Print button has prepared a redrawn sheet
    const job = printJobFromLiveMap(lastPaper.paper, lastPaper.orientation, defaultFigureTitle());
    if (job) showPrintJob(job);
  });
}

/** One radio button per option, bound to `value`; each input's test id is the prefix and the option. */
function RadioChoices<T extends string | number>(props: { name: string; options: readonly T[]; value: Signal<T>; label: (option: T) => string; testIdPrefix: string }) {
  const { name, options, value, label, testIdPrefix } = props;
  return (
    <>
      {options.map((option) => (
        <label key={option} class="radio radio--inline">
          <input type="radio" name={name} checked={value.value === option} onChange={() => (value.value = option)} data-testid={`${testIdPrefix}${option}`} />
          {label(option)}
        </label>
      ))}
    </>
  );
}

/** PNG export (1×/2×/3×) and print (A4/A3, portrait/landscape) of the current view. */
export function ExportDialog() {
  const title = useSignal('');
  const scale = useSignal<(typeof SCALES)[number]>(2);
  const paper = useSignal<Paper>(lastPaper.paper);
  const orientation = useSignal<Orientation>(lastPaper.orientation);
  const busy = useSignal(false);
  const status = useSignal<{ text: string; result?: PngResult } | null>(null);

  const onShow = () => {
    title.value = defaultFigureTitle();
    status.value = null;
  };

  const run = async (work: () => Promise<void>) => {
    busy.value = true;
    status.value = { text: t('exportWorking') };
    try {
      await work();
    } catch (err) {
      status.value = { text: `${t('exportFailed')}${err instanceof Error ? err.message : String(err)}` };
    } finally {
      busy.value = false;
    }
  };

  const onPng = () =>
    run(async () => {
      const result = await exportPng(scale.value, title.value.trim() || defaultFigureTitle());
      const limited = result.pixelRatio < result.asked - 0.01 ? ` — ${t('exportLimited')} ${result.pixelRatio}×` : '';
      status.value = { text: `${t('exportSaved')} ${result.fileName}: ${result.width} × ${result.height} px${limited}`, result };
    });

  const onPrint = () =>
    run(async () => {
      lastPaper = { paper: paper.value, orientation: orientation.value };
      const job = await preparePrint(paper.value, orientation.value, title.value.trim() || defaultFigureTitle());
      showPrintJob(job);
      await printImageDecoded();
      // The dialog would print too (it sits in the top layer): close it first.
      exportOpen.value = false;
      status.value = null;
      printing = true;
      try {
        window.print();
      } finally {
        printing = false;
      }
    });

  return (
    <ModalDialog open={exportOpen} title={t('exportTitle')} titleId="export-title" class="export-dialog" testId="export-dialog" onShow={onShow}>
      <label class="export-dialog__field">
        {t('exportFigureTitle')}
        <input type="text" value={title.value} onInput={(e) => (title.value = (e.target as HTMLInputElement).value)} maxLength={80} data-testid="export-title" />
      </label>

      <fieldset class="export-dialog__group">
        <legend>{t('exportResolution')}</legend>
        <RadioChoices name="export-scale" options={SCALES} value={scale} label={(s) => `${s}×`} testIdPrefix="export-scale-" />
      </fieldset>
      <button type="button" class="button button--primary" onClick={onPng} disabled={busy.value} data-testid="export-png">
        {t('exportPng')}
      </button>
      <p class="hint">{t('exportPngHint')}</p>

      <fieldset class="export-dialog__group">
        <legend>{t('exportPaper')}</legend>
        <RadioChoices name="export-paper" options={PAPERS} value={paper} label={(p) => p} testIdPrefix="export-paper-" />
        <RadioChoices
          name="export-orientation"
          options={ORIENTATIONS}
          value={orientation}
          label={(o) => t(o === 'portrait' ? 'exportPortrait' : 'exportLandscape')}
          testIdPrefix="export-"
        />
      </fieldset>
      <PrintFitNote paper={paper.value} orientation={orientation.value} />
      <button type="button" class="button" onClick={onPrint} disabled={busy.value} data-testid="export-print">
        {t('exportPrint')}
      </button>
      <p class="hint">{t('exportPrintHint')}</p>

      <p role="status" class="export-dialog__status" data-testid="export-status" data-result={status.value?.result ? JSON.stringify(status.value.result) : undefined}>
        {status.value?.text}
      </p>
    </ModalDialog>
  );
}

/** What the chosen paper will show of the current view: all of it at a stated scale, or how much is cut. */
function PrintFitNote({ paper, orientation }: { paper: Paper; orientation: Orientation }) {
  const plan = planPrint(paper, orientation);
  if (!plan) return null;
  const text =
    plan.cutShare > 0
      ? t('exportFitCut').replace('{share}', formatShare(plan.cutShare, lang.value))
      : t('exportFitAll').replace('{scale}', plan.scale.toLocaleString('en-US'));
  return (
    <p class="hint" data-testid="export-fit" data-cut={plan.cutShare > 0 ? 'true' : 'false'}>
      {text}
    </p>
  );
}
