// The e2e suite drives Debian's Chromium; browser downloads are not possible here.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`);
  process.exit(1);
}
