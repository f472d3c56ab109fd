/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Hash of public/data, set by vite.config.ts (see scripts/dataVersion.ts). */
  readonly VITE_DATA_VERSION?: string;
}
