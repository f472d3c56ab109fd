/**
 * What the analysis worker does, as plain async functions: the worker exposes
 * this object with comlink, and tests call it directly. Long jobs run in time
 * slices (job.ts), report progress through a callback, and stop at the next
 * slice after cancel(jobId).
 */
import { overlapMatrixJob, type OverlapMatrix } from '../analysis/matrix';
import type { IdentifiedArea } from '../analysis/overlap';
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

export function createAnalysisApi(timing: ApiTiming = {}) {
  const tokens = new Map<string, { aborted: boolean }>();

  async function run<R>(makeJob: () => Job<R>, options: JobOptions, onProgress?: (p: Progress) => void): Promise<Result<R, AnalysisError>> {
    const token = { aborted: false };
    if (options.jobId) tokens.set(options.jobId, token);
    try {
      const report = onProgress && ((p: Progress) => void Promise.resolve(onProgress(p)).catch(() => undefined));
      const value = await runJobChunked(makeJob(), { signal: token, onProgress: report, ...timing });
      return value === null ? { ok: false, error: CANCELLED } : { ok: true, value };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, error: { code: 'failed', message: { zh: `分析失败：${detail}`, en: `Analysis failed: ${detail}` } } };
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

    /** Overlaps of rows × cols, or of rows with each other (matrix.ts). */
    overlapMatrix(
      rows: IdentifiedArea[],
      cols?: IdentifiedArea[],
      options: JobOptions = {},
      onProgress?: (p: Progress) => void,
    ): Promise<Result<OverlapMatrix, AnalysisError>> {
      return run(() => overlapMatrixJob(rows, cols), options, onProgress);
    },

    /** Stops the named job at its next slice; unknown or finished ids are ignored. */
    cancel(jobId: string): void {
      const token = tokens.get(jobId);
      if (token) token.aborted = true;
    },
  };
}
