import type { NotDrawn } from '../../data/types';
import { pick, t } from '../../i18n';
import { CitationLink } from '../info/CitationLink';

/** Names the plan gives in a layout that are not on the map, each with why and where it is said. */
export function NotDrawnList({ items }: { items?: NotDrawn[] }) {
  if (!items?.length) return null;
  return (
    <details class="not-drawn" data-testid="not-drawn">
      <summary>
        {t('notDrawnSummary')} ({items.length})
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.name}>
            <strong lang="zh-CN">{item.name}</strong>: {pick(item.why)} <CitationLink source={item.source} />
          </li>
        ))}
      </ul>
    </details>
  );
}
