/**
 * Local font stack for map labels and export figures: glyphs come from fonts on
 * the device (the map style has no glyphs URL), so nothing is fetched.
 */
export const FONT_STACK = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
