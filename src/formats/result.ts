/**
 * Errors and notes of the importers as values, in Chinese and English. Nothing
 * the importers are given can make them throw past importFile(): failures come
 * back as `{ ok: false, error }`.
 */
import type { Bilingual } from '../lib/bilingual';

export type ImportErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'unknown-format'
  | 'parse-failed'
  | 'needs-dom'
  | 'no-polygons'
  | 'too-many-vertices'
  | 'self-intersection'
  | 'outside-region';

export interface ImportError {
  code: ImportErrorCode;
  message: Bilingual;
}

/** Something the user should know about an import that still succeeded. */
export interface Note {
  code: string;
  message: Bilingual;
}

export type Result<T, E = ImportError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ImportErrorCode, zh: string, en: string): { ok: false; error: ImportError } => ({
  ok: false,
  error: { code, message: { zh, en } },
});
export const note = (code: string, zh: string, en: string): Note => ({ code, message: { zh, en } });

/** Thrown inside a reader to choose the error code; importFile() turns it into a value. */
export class ImportFailure extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
  }
}
