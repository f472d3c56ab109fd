/** What an id in a link may look like (layer, feature, story, panel): safe to write unescaped and to show. */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
