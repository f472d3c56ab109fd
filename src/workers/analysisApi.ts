/**
 * What the analysis worker does, as plain async functions: the worker exposes
 * this object with comlink, and tests call it directly. Long jobs run in time
 * slices (job.ts), report progress through a callback, and stop at the next
 * slice after cancel(jobId). The plan's areas are handed over once (loadPlan) and
 * kept prepared; the overlap matrix names them by id.
 */
import { preparedMatrixJob, type OverlapMatrix } from '../analysis/matrix';
import type { IdentifiedArea } from '../analysis/overlap';
import { prepareAreas, type PreparedAreas } from '../analysis/preparedAreas';
import { warmUpIntersections } from '../analysis/warmUp';
import { siteReportJob, type SiteFeature, type SiteReport, type SiteReportOptions } from '../analysis/siteReport';
import type { PlanFeature } from '../data/types';
import { importFile, type ImportOptions, type ImportSummary } from '../formats/importFile';
import type { ImportProgress } from '../formats/reader';
import type { Result } from '../formats/result';
import { CANCELLED, type AnalysisError } from './analysisError';
import { runJobChunked, type Job, type Progress } from '../lib/job';

/** Options that can cross to a worker (progress comes as its own proxied callback). */
export type WorkerImportOptions = Omit<ImportOptions, 'onProgress'>;

export interface JobOptions {
  /** Names the job for cancel(). */
  jobId?: string;
}

export interface ApiTiming {
  /** Work this long between yields (ms). */
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
}

const failed = (zh: string, en: string): { ok: false; error: AnalysisError } => ({
  ok: false,
  error: { code: 'failed', message: { zh: `分析失败：${zh}`, en: `Analysis failed: ${en}` } },
});

export function createAnalysisApi(timing: ApiTiming = {}) {
  const tokens = new Map<string, { aborted: boolean }>();
  let plan: PreparedAreas | null = null;

  async function run<R>(makeJob: () => Job<R>, options: JobOptions, onProgress?: (p: Progress) => void): Promise<Result<R, AnalysisError>> {
    const token = { aborted: false };
    if (options.jobId) tokens.set(options.jobId, token);
    try {
      const report = onProgress && ((p: Progress) => void Promise.resolve(onProgress(p)).catch(() => undefined));
      const value = await runJobChunked(makeJob(), { signal: token, onProgress: report, ...timing });
      return value === null ? { ok: false, error: CANCELLED } : { ok: true, value };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return failed(detail, detail);
    } finally {
      if (options.jobId) tokens.delete(options.jobId);
    }
  }

  return {
    /** Parse, convert to WGS-84, check and clean one file, every format here off the page's thread. */
    importFile(
      name: string,
      bytes: ArrayBuffer,
      options: WorkerImportOptions = {},
      onProgress?: (p: ImportProgress) => void,
    ): Promise<Result<ImportSummary>> {
      const report = onProgress && ((p: ImportProgress) => void Promise.resolve(onProgress(p)).catch(() => undefined));
      return importFile({ name, bytes }, { ...options, onProgress: report });
    },

    /** For each site, the plan areas it touches (siteReport.ts). */
    siteReport(
      sites: SiteFeature[],
      planFeatures: PlanFeature[],
      options: SiteReportOptions & JobOptions = {},
      onProgress?: (p: Progress) => void,
    ): Promise<Result<SiteReport, AnalysisError>> {
      return run(() => siteReportJob(sites, planFeatures, options), options, onProgress);
    },

    /**
     * Prepares the plan's areas and keeps them for overlapMatrix, replacing any
     * before, and warms the intersection code up (warmUp.ts). Synchronous, so every
     * call sent after it finds them. Returns their count.
     */
    loadPlan(areas: IdentifiedArea[]): number {
      plan = prepareAreas(areas);
      warmUpIntersections();
      return plan.size;
    },

    /** Overlaps of the plan's areas rows × cols, or of rows with each other (matrix.ts), by id. */
    async overlapMatrix(
      rowIds: string[],
      colIds?: string[],
      options: JobOptions = {},
      onProgress?: (p: Progress) => void,
    ): Promise<Result<OverlapMatrix, AnalysisError>> {
      if (!plan) return failed('规划数据尚未载入', 'the plan data was not loaded');
      const rows = plan.pick(rowIds);
      const cols = colIds && plan.pick(colIds);
      const missing = [...(rows.ok ? [] : rows.missing), ...(!cols || cols.ok ? [] : cols.missing)];
      if (!rows.ok || (cols && !cols.ok)) return failed(`规划数据中没有 ${missing.join('、')}`, `no ${missing.join(', ')} in the plan data`);
      return run(() => preparedMatrixJob(rows.areas, cols?.areas), options, onProgress);
    },

    /** Stops the named job at its next slice; unknown or finished ids are ignored. */
    cancel(jobId: string): void {
      const token = tokens.get(jobId);
      if (token) token.aborted = true;
    },
  };
}
