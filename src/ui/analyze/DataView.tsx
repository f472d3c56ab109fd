import { ExportForm } from './ExportForm';
import { KeptList } from './KeptList';

/** My data: what is kept on this device, and exporting it with the plan's layers. */
export function DataView() {
  return (
    <div class="analyze-data">
      <KeptList />
      <ExportForm />
    </div>
  );
}
