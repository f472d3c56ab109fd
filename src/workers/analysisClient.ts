/**
 * The UI's handle on the analysis worker. Its types come from the worker's exposed
 * object; this adds what cannot cross the worker boundary: File reading, AbortSignal
 * (turned into cancel(jobId)) and progress callbacks (comlink proxies). Every import
 * format is read in the worker; cancelling an import stops the worker (analysisWorker.ts).
 * The plan's areas cross once per worker (loadPlan), not with every matrix.
 */
import { proxy, transfer, wrap, type Endpoint, type Remote } from 'comlink';
import type { OverlapMatrix } from '../analysis/matrix';
import type { IdentifiedArea } from '../analysis/overlap';
import type { SiteFeature, SiteReport, SiteReportOptions } from '../analysis/siteReport';
import type { PlanFeature } from '../data/types';
import type { ImportOptions, ImportSummary } from '../formats/importFile';
import { fail, type Result } from '../formats/result';
import type { AnalysisWorkerApi } from './analysis.worker';
import { CANCELLED, type AnalysisError } from './analysisError';
import type { Progress } from '../lib/job';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface AnalysisClient {
  importFile(file: File | { name: string; bytes: ArrayBuffer }, options?: ImportOptions): Promise<Result<ImportSummary>>;
  siteReport(sites: SiteFeature[], planFeatures: PlanFeature[], options?: SiteReportOptions & RunOptions): Promise<Result<SiteReport, AnalysisError>>;
  /**
   * Hands the worker the plan's areas to prepare and keep; the same array again is not
   * sent twice. Calls made after it, awaited or not, find the areas loaded.
   */
  loadPlan(areas: readonly IdentifiedArea[]): Promise<Result<number, AnalysisError>>;
  /** Overlaps between loaded plan areas, by id: rows × cols, or rows with each other. */
  overlapMatrix(rowIds: string[], colIds?: string[], options?: RunOptions): Promise<Result<OverlapMatrix, AnalysisError>>;
  terminate(): void;
}

const failed = (e: unknown): { ok: false; error: AnalysisError & { code: 'failed' } } => {
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'failed', message: { zh: `分析进程出错：${detail}`, en: `The analysis worker failed: ${detail}` } } };
};

const isBlob = (f: unknown): f is Blob => typeof Blob !== 'undefined' && f instanceof Blob;

const defaultWorker = (): Worker => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });

/** `endpoint`: a Worker (default: a new analysis worker) or, in tests, a MessagePort. */
export function createAnalysisClient(endpoint: Endpoint & { terminate?: () => void } = defaultWorker()): AnalysisClient {
  const remote: Remote<AnalysisWorkerApi> = wrap<AnalysisWorkerApi>(endpoint);
  let nextJob = 0;
  let plan: { areas: readonly IdentifiedArea[]; loaded: Promise<Result<number, AnalysisError>> } | null = null;

  async function job<R>(signal: AbortSignal | undefined, start: (jobId: string) => Promise<Result<R, AnalysisError>>) {
    if (signal?.aborted) return { ok: false as const, error: CANCELLED };
    const jobId = `job-${++nextJob}`;
    const onAbort = () => void remote.cancel(jobId).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await start(jobId);
    } catch (e) {
      return failed(e);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async importFile(file, options = {}) {
      try {
        const bytes = isBlob(file) ? await file.arrayBuffer() : file.bytes;
        const { onProgress, ...workerOptions } = options;
        return await remote.importFile(file.name, transfer(bytes, [bytes]), workerOptions, onProgress && proxy(onProgress));
      } catch {
        // The file could not be handed over or the worker broke off: no library text for the planner.
        return fail('parse-failed', 'impWorkerFailed');
      }
    },

    siteReport(sites, planFeatures, options = {}) {
      const { signal, onProgress, ...reportOptions } = options;
      return job(signal, (jobId) =>
        remote.siteReport(sites, planFeatures, { ...reportOptions, jobId }, onProgress && proxy(onProgress)),
      );
    },

    loadPlan(areas) {
      if (plan?.areas !== areas) {
        const loaded = remote.loadPlan([...areas]).then((count) => ({ ok: true as const, value: count }), failed);
        plan = { areas, loaded };
      }
      return plan.loaded;
    },

    overlapMatrix(rowIds, colIds, options = {}) {
      return job(options.signal, (jobId) =>
        remote.overlapMatrix(rowIds, colIds, { jobId }, options.onProgress && proxy(options.onProgress)),
      );
    },

    terminate() {
      endpoint.terminate?.();
    },
  };
}
