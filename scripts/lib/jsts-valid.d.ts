// jsts ships no types for its validity operation; only what ogcValidity.ts uses.
declare module 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js' {
  interface TopologyValidationError {
    getMessage(): string;
    getCoordinate(): { x: number; y: number } | null;
  }
  export default class IsValidOp {
    constructor(geometry: unknown);
    getValidationError(): TopologyValidationError | null;
  }
}
