/** Coordinates are kept to 6 decimals (about 0.1 m): the rule of geodata/README.md for data and imports alike. */
export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;
