import type { RelationType } from '../../data/types';
import { localName, t, type StringKey } from '../../i18n';
import { atlasIndex, relatedIndex } from '../../state/selection';
import { selectFeature } from '../../state/goTo';
import { CitationLink } from './CitationLink';

const LABEL: Record<RelationType, StringKey> = {
  inside: 'relInside',
  contains: 'relContains',
  'same-area': 'relSameArea',
  overlaps: 'relOverlaps',
};

/** What the plan says about this feature and others, as links both ways. */
export function RelatedList({ featureId }: { featureId: string }) {
  const links = relatedIndex.value.relatedOf(featureId);
  if (!links.length) return null;
  const index = atlasIndex.value;
  return (
    <section>
      <h3>{t('related')}</h3>
      <ul class="plain related" data-testid="related">
        {links.map((link) => {
          const target = index?.byId.get(link.targetId)?.feature.properties;
          if (!target) return null;
          return (
            <li key={`${link.type}:${link.targetId}`}>
              {t(LABEL[link.type])}{' '}
              <button type="button" class="link-button" onClick={() => selectFeature(link.targetId, { tab: null })}>
                {localName(target)}
              </button>{' '}
              <CitationLink source={link.source} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
