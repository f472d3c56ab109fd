/**
 * Which folder of src/ may import which (run by `npm run lint:deps`, part of `npm test`).
 *
 * Dependencies run one way, down this list: a folder may import from its own
 * row and the rows above it, never from a row below. Folders in one row do not
 * form cycles with each other (no-circular).
 */
const LAYERS = [
  ['lib', 'config', 'i18n'], // plain values and helpers: no app knowledge
  ['data', 'formats'], // the atlas's types and loading; file formats the user imports
  ['analysis', 'export'], // pure Turf analysis; figure layout and drawing (no map)
  ['workers'], // the analysis Web Worker and its client
  ['state'], // signals and the actions that drive the app
  ['map'], // the only code that touches MapLibre
  ['ui'], // Preact components
];

const folders = (row) => `^src/(${row.join('|')})/`;

const layerRules = LAYERS.slice(0, -1).map((row, i) => ({
  name: `${row.join('-')}-not-upwards`,
  comment: `src/{${row.join(',')}} may only import from: ${LAYERS.slice(0, i + 1).flat().join(', ')}`,
  severity: 'error',
  from: { path: folders(row) },
  to: { path: folders(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'only-map-touches-maplibre',
      comment: 'MapLibre is used in src/map/ only; everything else asks the map through state or src/map.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/map/' },
      to: { path: 'node_modules/maplibre-gl/' },
    },
    {
      name: 'ui-not-the-map-instance',
      comment:
        'ui/ gives the map its element (MapView → map/mountMap.ts) and never holds the map: not its owner ' +
        '(MapController, which keeps the MapLibre instance) nor the live-map signal that hands the owner out. ' +
        'Components change state; map/ binds state to the map. (That only the owner writes feature-state and ' +
        'listens for clicks is checked by src/map/ownership.test.ts: a call is not an import.)',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: ['^src/map/MapController\\.ts$', '^src/map/liveMap\\.ts$'] },
    },
    {
      name: 'e2e-specs-through-the-guard',
      comment:
        'Specs take `test` and `expect` from e2e/test.ts, which fails a test on any console error or uncaught ' +
        'exception; types may still come from @playwright/test.',
      severity: 'error',
      from: { path: '^e2e/.+\\.spec\\.ts$' },
      to: { path: 'node_modules/@playwright/test/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'app-not-build-code',
      comment:
        'The app and its unit tests do not import build-time code (scripts/), browser tests (e2e/) or the bench: ' +
        'a check that needs build tooling (e.g. jsts validity) is tested in scripts/, which may import src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|e2e|bench)/' },
    },
    {
      name: 'no-reexports',
      comment:
        'Import a name from the module that defines it: `export … from` passes names on and hides where they live ' +
        '(data/types once re-exported Level and Bilingual). The one exception is a facade over its own folder: urlCodec.ts over state/url/. ' +
        '(dependency-cruiser sees `export … from` only when the file does not also import that module.)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/state/urlCodec\\.ts$' },
      to: { dependencyTypes: ['export'] },
    },
    {
      name: 'url-codec-through-its-facade',
      comment: 'state/url/ is the inside of the URL codec: the app uses it through state/urlCodec.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/state/url/', '^src/state/urlCodec\\.ts$'] },
      to: { path: '^src/state/url/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules do not import each other, directly or round a loop.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-undeclared-packages',
      comment: 'Every imported package is declared in package.json.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'app-not-dev-packages',
      comment: 'The app imports dependencies only; devDependencies are for tests, scripts and tooling (types excepted).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.test\\.tsx?$', '/testing/', '\\.d\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: 'node_modules/@types/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or a package (virtual: modules are made by Vite plugins at build time).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|public)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
