/** Zhengzhou's bounding box (WGS-84 lon/lat): data outside it is an error, a location outside it is "not here". */
export const ZHENGZHOU_BBOX = [112.7, 34.2, 114.3, 35.0] as const;
