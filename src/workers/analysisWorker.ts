/**
 * The Analyze panel's analysis worker: started on first use, stopped on cancel
 * (reading a file has no steps to cancel between) or when it fails to load or
 * crashes. A stopped worker never answers, so every call still waiting on it is
 * released with the reason instead of hanging the panel.
 */
import type { Bilingual } from '../lib/bilingual';
import { createAnalysisClient, type AnalysisClient } from './analysisClient';
import { CANCELLED } from './analysisError';


const workerFailed = (detail: string): Bilingual => ({
  zh: `分析进程出错（${detail}），请重试；若仍失败请刷新页面`,
  en: `The analysis worker failed (${detail}); try again, or reload the page if it keeps failing`,
});

export interface Stopped {
  stopped: Bilingual;
}

export const isStopped = (value: unknown): value is Stopped => typeof value === 'object' && value !== null && 'stopped' in value;

let client: AnalysisClient | null = null;
const waiters = new Set<(reason: Bilingual) => void>();

export function analysisWorker(): AnalysisClient {
  if (client) return client;
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const own = createAnalysisClient(worker);
  worker.addEventListener('error', (e) => {
    if (client === own) stopWorker(workerFailed(e.message || 'error'));
  });
  return (client = own);
}

/** Terminates the worker and releases every waiting call; the next call starts a new worker. */
export function stopWorker(reason: Bilingual = CANCELLED.message): void {
  client?.terminate();
  client = null;
  for (const release of waiters) release(reason);
  waiters.clear();
}

/** The worker's answer, or why the worker was stopped first. */
export function unlessStopped<T>(call: Promise<T>): Promise<T | Stopped> {
  let release: (reason: Bilingual) => void = () => {};
  const stopped = new Promise<Stopped>((resolve) => waiters.add((release = (reason) => resolve({ stopped: reason }))));
  return Promise.race([call, stopped]).finally(() => waiters.delete(release));
}
