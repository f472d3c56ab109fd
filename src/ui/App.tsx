import { useEffect } from 'preact/hooks';
import { effect } from '@preact/signals';
import { fetchSource, loadAtlas } from '../data/loadAtlas';
import { lang } from '../i18n';
import { atlas, defaultVisibleLayers, loadStatus, styledLayers, visibleLayers } from '../state/atlasState';
import { startUrlSync } from '../state/urlSync';
import { orientation } from '../state/orientation';
import { ORIENTATION_FILE, type OrientationBundle } from '../data/orientation';
import { requestCamera } from '../state/view';
import { FeaturePanel } from './info/FeaturePanel';
import { HerePanel } from './here/HerePanel';
import { LayerPanel } from './layers/LayerPanel';
import { FeatureList } from './list/FeatureList';
import { LoadStatusOverlay } from './LoadStatusOverlay';
import { MapView } from './MapView';
import { ProjectChooser } from './projects/ProjectChooser';
import { MapKey } from './layers/MapKey';
import { Notices } from './Notices';
import { UpdateNotice } from './UpdateNotice';
import { SchematicNotice } from './SchematicNotice';
import { SettingsPanel } from './SettingsPanel';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { lazyComponent } from './lazyComponent';
import { mapFileDropHandlers } from './mapFileDrop';
import { presenting } from '../state/presenter';
import { readerAt } from '../state/reader';
import { PresenterMode } from './presenter/PresenterMode';
import { ExportDialog } from './presenter/ExportDialog';

// Importers, projections and geometry engines load when the Analyze tab first opens.
const AnalyzePanel = lazyComponent(() => import('./analyze/AnalyzePanel').then((m) => m.AnalyzePanel));
// The plan reader and its texts load when it is first opened.
const TimelinePanel = lazyComponent(() => import('./plans/TimelinePanel').then((m) => m.TimelinePanel));
const ConflictsPanel = lazyComponent(() => import('./plans/ConflictsPanel').then((m) => m.ConflictsPanel));
const ReaderPane = lazyComponent(() => import('./reader/ReaderPane').then((m) => m.ReaderPane));

let stopUrlSync: (() => void) | undefined;

async function load() {
  loadStatus.value = { kind: 'loading' };
  try {
    const source = fetchSource();
    // Metro, roads and landmarks, fetched beside the atlas: on the map before anything (a story's
    // projector theme) styles it. Orientation only, so a missing file leaves the plan map as it is.
    const orientationLoad = source.getJson(ORIENTATION_FILE).catch(() => null);
    const loaded = await loadAtlas(source);
    orientation.value = (await orientationLoad) as OrientationBundle | null;
    atlas.value = loaded;
    visibleLayers.value = defaultVisibleLayers(styledLayers.value);
    loadStatus.value = { kind: 'ready' };
    stopUrlSync?.();
    stopUrlSync = startUrlSync((view) => requestCamera(view, 0));
  } catch (err) {
    loadStatus.value = { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

const panels = {
  layers: () => <LayerPanel />,
  info: () => <FeaturePanel />,
  here: () => <HerePanel />,
  list: () => <FeatureList />,
  timeline: () => <TimelinePanel />,
  conflicts: () => <ConflictsPanel />,
  analyze: () => <AnalyzePanel />,
  settings: () => <SettingsPanel />,
};

export function App() {
  useEffect(() => {
    void load();
    return effect(() => {
      document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
    });
  }, []);
  return (
    <div class={presenting.value ? 'app app--presenting' : 'app'}>
      <TopBar />
      <div class="app__body">
        <Sidebar panels={panels} />
        {readerAt.value && <ReaderPane />}
        <main class="app__main" {...mapFileDropHandlers()}>
          <MapView />
          <LoadStatusOverlay onRetry={load} />
          <MapKey />
          <ProjectChooser />
          <Notices />
          <UpdateNotice />
        </main>
      </div>
      <SchematicNotice />
      <PresenterMode />
      <ExportDialog />
    </div>
  );
}
