import { useMemo, useRef, useState } from 'preact/hooks';
import type { PlaceKind, SearchResult } from '../../data/search';
import { localName, pick, t, type StringKey } from '../../i18n';
import { goToFeature, goToPlace, selectProject } from '../../state/goTo';
import { ensureSearch, searcher, searchOpen, searchQuery } from '../../state/search';
import { atlasIndex } from '../../state/selection';
import { PROJECT_KIND_NAMES } from '../../data/projects';
import { ProjectSwatch } from '../projects/ProjectSwatch';

const PLACE_LABEL: Record<PlaceKind, StringKey> = { place: 'searchKindPlace', station: 'searchKindStation', road: 'searchKindRoad' };

const FIELD_LABEL: Record<SearchResult['entry']['field'], StringKey> = {
  name: 'searchKindFeature',
  alias: 'searchKindAlias',
  project: 'searchKindProject',
  place: 'searchKindPlace',
};

/** Search zones, aliases, projects and named places; a combobox (WAI-ARIA pattern). */
export function SearchBox() {
  const query = searchQuery.value;
  const [active, setActive] = useState(0);
  const ready = searcher.value;
  // Searched once per query, not again when something else re-renders the box.
  const results = useMemo(() => (ready && query.trim() ? ready.search(query, 8) : []), [ready, query]);
  const open = searchOpen.value;
  const input = useRef<HTMLInputElement>(null);
  const setQuery = (text: string) => (searchQuery.value = text);

  const choose = (result: SearchResult) => {
    const target = result.entry.target;
    setQuery('');
    // The pick is made: let a phone put its keyboard away so the answer shows.
    input.current?.blur();
    if (target.kind === 'place') goToPlace(target.lon, target.lat, result.entry.title, target.placeKind === 'road' ? 14 : 15);
    // A planned project: its record, the 项目 layer shown and the map at the project.
    else if (target.kind === 'project') void selectProject(target.id);
    // A project line of a record, an alias or a name leads to its feature: its layer shown, selected, its record open.
    else goToFeature(target.id);
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
        ref={input}
        type="search"
        enterKeyHint="search"
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
              <span class="search__text">{resultText(r)}</span>
              <span class="search__meta">
                <ResultMeta result={r} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A result's name: what matched, except that a name of the thing itself (a place, an area, a planned project) is
 * given in the interface's language: a station found by its pinyin or its Chinese name reads "Renmin Gongyuan" in
 * English, 人民公园 in Chinese; a board found by "erqi" reads "Erqi Business Circle board" in English. An alias or a
 * record's project line shows the words that matched (its meta line names what it leads to).
 */
function resultText({ entry }: SearchResult): string {
  return entry.target.kind === 'place' || entry.field === 'name' ? localName({ name: entry.title.zh, nameEn: entry.title.en }) : entry.text;
}

/** What a result is and where it belongs: "区域 · 六核协同", "项目 → 二七商圈板块 · 六核协同" (… 及另外 5 处 when several areas list it), "地铁站 · 1号线". */
function ResultMeta({ result }: { result: SearchResult }) {
  const { entry } = result;
  const target = entry.target;
  if (target.kind === 'place') {
    const detail = target.detail && pick({ zh: target.detail, en: target.detailEn ?? target.detail });
    return <>{[t(PLACE_LABEL[target.placeKind]), detail].filter(Boolean).join(' · ')}</>;
  }
  if (target.kind === 'project') {
    // "规划项目 · 商业 → 二七商圈板块": what it is and where the plan puts it (a short name's result shows the full name).
    const board = target.feature ? atlasIndex.value?.byId.get(target.feature)?.feature.properties : undefined;
    const full = entry.field === 'alias' ? ` · ${localName({ name: entry.title.zh, nameEn: entry.title.en })}` : '';
    const more = board && target.otherFeatures ? t('searchAlsoIn').replace('{n}', String(target.otherFeatures)) : '';
    // A project no evidence places says so (未定位): picking it opens its record, with nothing to fly to.
    const unplaced = target.placed ? '' : ` · ${t('prjUnplaced')}`;
    return (
      <>
        {!target.placed && <ProjectSwatch kind={target.projectKind} place="unplaced" />}
        {`${t('searchKindPlannedProject')} · ${pick(PROJECT_KIND_NAMES[target.projectKind])}${unplaced}${board ? ` → ${localName(board)}${more}` : ''}${full}`}
      </>
    );
  }
  const layer = atlasIndex.value?.byId.get(target.id)?.layer;
  const layerTitle = layer ? pick(layer.title) : '';
  const also = result.alsoIn ? t('searchAlsoIn').replace('{n}', String(result.alsoIn)) : '';
  const owner = entry.field === 'name' ? '' : ` → ${localName({ name: entry.title.zh, nameEn: entry.title.en })}${also}`;
  return <>{`${t(FIELD_LABEL[entry.field])}${owner}${layerTitle ? ` · ${layerTitle}` : ''}`}</>;
}
