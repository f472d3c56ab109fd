import { useState } from 'preact/hooks';
import bbox from '@turf/bbox';
import type { SearchResult } from '../../data/search';
import { lang, t, type StringKey } from '../../i18n';
import { visibleLayers } from '../../state/atlasState';
import { ensureSearch, searcher } from '../../state/search';
import { atlasIndex, herePoint, selectedId } from '../../state/selection';
import { openTab } from '../../state/ui';
import { requestCamera } from '../../state/view';
import { mapController } from '../mapBridge';

const FIELD_LABEL: Record<SearchResult['entry']['field'], StringKey> = {
  name: 'searchKindFeature',
  alias: 'searchKindAlias',
  project: 'searchKindProject',
  place: 'searchKindPlace',
};

/** Search zones, aliases, projects and named places; a combobox (WAI-ARIA pattern). */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ready = searcher.value;
  const results = ready && query.trim() ? ready.search(query, 8) : [];
  const open = query.trim().length > 0;

  const choose = (result: SearchResult) => {
    const target = result.entry.target;
    setQuery('');
    if (target.kind === 'place') {
      herePoint.value = [target.lon, target.lat];
      requestCamera({ lon: target.lon, lat: target.lat, zoom: 15 });
      openTab('here');
      return;
    }
    // A project, alias or name leads to its feature: show its layer, select it and go there.
    if (!visibleLayers.value.has(target.layer)) visibleLayers.value = new Set([...visibleLayers.value, target.layer]);
    selectedId.value = target.id;
    openTab('info');
    const feature = atlasIndex.value?.byId.get(target.id)?.feature;
    if (feature) mapController()?.fitBounds(bbox(feature) as [number, number, number, number]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && results[active]) choose(results[active]);
    else if (e.key === 'Escape') setQuery('');
    else return;
    e.preventDefault();
  };

  return (
    <div class="search" role="search">
      <input
        type="search"
        class="search__input"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        role="combobox"
        list={undefined}
        aria-expanded={open}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `search-result-${active}` : undefined}
        data-testid="search-input"
        onFocus={() => void ensureSearch()}
        onInput={(e) => {
          void ensureSearch();
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id="search-results" class="search__results" role="listbox" aria-label={t('searchLabel')} data-testid="search-results">
          {results.length === 0 && <li class="search__empty">{ready ? t('searchNoResult') : t('loading')}</li>}
          {results.map((r, i) => (
            <li
              key={`${r.entry.target.id}-${i}`}
              id={`search-result-${i}`}
              role="option"
              aria-selected={i === active}
              class="search__result"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span class="search__text">{r.entry.text}</span>
              <span class="search__meta">
                {t(FIELD_LABEL[r.entry.field])}
                {r.entry.field !== 'name' && r.entry.field !== 'place' && ` → ${lang.value === 'zh' ? r.entry.title.zh : r.entry.title.en ?? r.entry.title.zh}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
