// The export tests read every written format back with GDAL (src/export/gdal.test.ts).
import { execFileSync } from 'node:child_process';

try {
  execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('GDAL (ogr2ogr) not found: install it with "sudo apt-get install -y gdal-bin" (.ci/run does). The export tests read every export format back with it.');
  process.exit(1);
}
