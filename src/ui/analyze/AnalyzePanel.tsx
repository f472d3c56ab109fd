import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t, type StringKey } from '../../i18n';
import { analyzeView, type AnalyzeView } from '../../state/analysis';
import { prestartAnalysis } from '../../state/analysisActions';
import { AuditView } from './AuditView';
import { DataView } from './DataView';
import { ImportView } from './ImportView';
import { MatrixView } from './MatrixView';
import { MeasureView } from './MeasureView';
import { DrawView } from '../draw/DrawView';
import '../../../styles/analyze.css';

const VIEWS: { id: AnalyzeView; label: StringKey; render: () => ComponentChildren }[] = [
  { id: 'import', label: 'anViewImport', render: () => <ImportView /> },
  { id: 'audit', label: 'anViewAudit', render: () => <AuditView /> },
  { id: 'matrix', label: 'anViewMatrix', render: () => <MatrixView /> },
  { id: 'measure', label: 'anViewMeasure', render: () => <MeasureView /> },
  { id: 'draw', label: 'anViewDraw', render: () => <DrawView /> },
  { id: 'data', label: 'anViewData', render: () => <DataView /> },
];

/** The Analyze tab: check your own site, area audit, overlap matrix, measure, my data (kept and exported). */
export function AnalyzePanel() {
  useEffect(prestartAnalysis, []);
  const current = analyzeView.value;
  return (
    <section class="analyze" data-testid="analyze-panel">
      <nav class="analyze__views" aria-label={t('anViewsLabel')}>
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            class="analyze__view-button"
            aria-pressed={current === v.id}
            data-testid={`analyze-view-${v.id}`}
            onClick={() => (analyzeView.value = v.id)}
          >
            {t(v.label)}
          </button>
        ))}
      </nav>
      {VIEWS.find((v) => v.id === current)?.render()}
    </section>
  );
}
