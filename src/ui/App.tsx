import { useEffect } from 'preact/hooks';
import { effect } from '@preact/signals';
import { fetchSource, loadAtlas } from '../data/loadAtlas';
import { lang } from '../i18n';
import { atlas, defaultVisibleLayers, loadStatus, styledLayers, visibleLayers } from '../state/atlasState';
import { LoadStatusOverlay } from './LoadStatusOverlay';
import { MapView } from './MapView';
import { SchematicNotice } from './SchematicNotice';
import { TopBar } from './TopBar';

async function load() {
  loadStatus.value = { kind: 'loading' };
  try {
    atlas.value = await loadAtlas(fetchSource());
    visibleLayers.value = defaultVisibleLayers(styledLayers.value);
    loadStatus.value = { kind: 'ready' };
  } catch (err) {
    loadStatus.value = { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

export function App() {
  useEffect(() => {
    void load();
    return effect(() => {
      document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
    });
  }, []);
  return (
    <div class="app">
      <TopBar />
      <main class="app__main">
        <MapView />
        <LoadStatusOverlay onRetry={load} />
      </main>
      <SchematicNotice />
    </div>
  );
}
