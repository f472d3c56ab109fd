/**
 * The 项目 layer in a link. The projects are not a manifest layer (they load lazily, from their own
 * file), but a link lists them in `l=` like any layer: as `pj` (read also by its id, `projects`), so
 * `l=+pj` is "the default layers and the projects". A link without it reads as before: projects off.
 * Pure: urlSync joins and splits the list around the codec; the data build holds the name against
 * every layer's id and aliases, so no plan layer can take it.
 */

/** The id the link module knows the 项目 layer by. */
export const PROJECT_LINK_LAYER = 'projects';
/** Its short name in links, written first (like a zone file's `aliases`). */
export const PROJECT_LINK_ALIASES: readonly string[] = ['pj'];

/** The ids a link may list: the manifest's layers and the 项目 layer. */
export const linkLayerIds = (manifestIds: readonly string[]): string[] => [...manifestIds.filter((id) => id !== PROJECT_LINK_LAYER), PROJECT_LINK_LAYER];

/** The manifest's link names and the 项目 layer's. */
export const linkLayerAliases = (manifest: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> => ({
  ...manifest,
  [PROJECT_LINK_LAYER]: PROJECT_LINK_ALIASES,
});

/** The visible layers as a link lists them: the plan layers shown, then the projects when they are on. */
export const toLinkLayers = (planLayers: readonly string[], projectsOn: boolean): string[] =>
  projectsOn ? [...planLayers.filter((id) => id !== PROJECT_LINK_LAYER), PROJECT_LINK_LAYER] : planLayers.filter((id) => id !== PROJECT_LINK_LAYER);

/** A link's layer list split back: the plan layers to show, and whether the projects are on. */
export function fromLinkLayers(layers: readonly string[] | undefined): { planLayers: string[]; projectsOn: boolean } {
  const list = layers ?? [];
  return { planLayers: list.filter((id) => id !== PROJECT_LINK_LAYER), projectsOn: list.includes(PROJECT_LINK_LAYER) };
}
