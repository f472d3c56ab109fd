/** The analysis Web Worker: exposes createAnalysisApi() over comlink. */
import { expose } from 'comlink';
import { createAnalysisApi } from './analysisApi';

const api = createAnalysisApi();

/** The exposed object's type; analysisClient.ts wraps the worker as Remote<AnalysisWorkerApi>. */
export type AnalysisWorkerApi = typeof api;

expose(api);
