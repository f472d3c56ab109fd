import type { ContradictionKind } from '../../data/contradictions';
import { t, type StringKey } from '../../i18n';
import { contradictions, ensureContradictions } from '../../state/planViews';
import { CitationLink } from '../info/CitationLink';
import { FeatureLink } from './FeatureLink';
import { PlanView } from './PlanView';
import { VariantCompare } from './VariantCompare';

const KIND_LABEL: Record<ContradictionKind, StringKey> = {
  area: 'conflictKindArea',
  boundary: 'conflictKindBoundary',
  spelling: 'conflictKindSpelling',
  name: 'conflictKindName',
  sum: 'conflictKindSum',
  figure: 'conflictKindFigure',
  variant: 'conflictKindVariant',
};

/** Where the plans disagree with themselves: both statements, each with its citation. */
export function ConflictsPanel() {
  return (
    <PlanView name="conflicts" title="conflictsTitle" hint="conflictsHint" state={contradictions.value} ensure={ensureContradictions}>
      {(list) => (
        <ul class="plain plan-view__list">
          {list.map((c) => (
            <li key={c.id} class="conflict" data-testid="conflict">
              <h3>
                <span class="badge">{t(KIND_LABEL[c.kind])}</span> {c.featureId && <FeatureLink id={c.featureId} />}
              </h3>
              <p class="conflict__detail" lang="zh-CN">{c.detail}</p>
              <ol class="conflict__statements">
                {c.statements.map((s) => (
                  <li key={`${s.source.file}:${s.source.lines}:${s.text}`}>
                    <q lang="zh-CN">{s.text}</q> <CitationLink source={s.source} />
                  </li>
                ))}
              </ol>
              {c.variantId && <VariantCompare conflict={c} />}
            </li>
          ))}
        </ul>
      )}
    </PlanView>
  );
}
