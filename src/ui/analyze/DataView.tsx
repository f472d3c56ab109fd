import { KeptList } from './KeptList';

/** My data: what is kept on this device. */
export function DataView() {
  return (
    <div class="analyze-data">
      <KeptList />
    </div>
  );
}
