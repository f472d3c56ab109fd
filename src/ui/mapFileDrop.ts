import { analyzeView } from '../state/analysis';
import { openTab } from '../state/ui';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Files dropped anywhere on the map go to "check your own site", as if dropped
 * on the Analyze drop zone (coordinate system detected automatically).
 */
export function mapFileDropHandlers() {
  return {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    },
    onDrop: (e: DragEvent) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      openTab('analyze');
      analyzeView.value = 'import';
      void import('../state/analysisActions').then(async ({ importSiteFile }) => {
        for (const file of files) await importSiteFile(file, { crs: 'auto' });
      });
    },
  };
}
