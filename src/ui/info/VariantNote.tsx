import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { contradictions, ensureContradictions } from '../../state/planViews';
import { shortCitation } from '../../state/variants';
import { FeatureLink } from '../plans/FeatureLink';
import { VariantToggle } from '../plans/VariantCompare';

/**
 * In a board's record: the plan bounds it another way too. Links to the other reading's
 * record and draws both on the map (both ways: from the board and from its variant).
 */
export function VariantNote({ featureId }: { featureId: string }) {
  useEffect(ensureContradictions, []);
  const loaded = contradictions.value;
  const list = loaded?.kind === 'ready' ? loaded.value : [];
  // One line per variant: an area and a boundary disagreement may share it; the first is drawn.
  const seen = new Set<string>();
  const mine = list.filter((c) => c.variantId && (c.featureId === featureId || c.variantId === featureId) && !seen.has(c.variantId) && seen.add(c.variantId));
  if (!mine.length) return null;
  return (
    <section data-testid="variant-note">
      {mine.map((c) => (
        <p key={c.id}>
          {t('variantNote')} {c.statements.map((s) => shortCitation(s.source)).join(' / ')}{' '}
          <FeatureLink id={c.featureId === featureId ? c.variantId! : c.featureId!} /> <VariantToggle conflict={c} />
        </p>
      ))}
    </section>
  );
}
