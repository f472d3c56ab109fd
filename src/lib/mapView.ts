/** A map camera: WGS-84 centre, zoom, and optional bearing and pitch (degrees). */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
  bearing?: number;
  pitch?: number;
}
