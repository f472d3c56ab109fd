/** How an analysis job ends without a result; shared by the worker and its client. */
import type { Bilingual } from '../lib/bilingual';

export interface AnalysisError {
  code: 'cancelled' | 'failed';
  message: Bilingual;
}

/** Stopped by the caller: in the worker between slices, or in the client before the job was sent. */
export const CANCELLED: AnalysisError = { code: 'cancelled', message: { zh: '已取消', en: 'Cancelled' } };
