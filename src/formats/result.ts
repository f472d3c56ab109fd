/**
 * Errors and notes of the importers as values, in Chinese and English. Each has a
 * code (stable, for tests and callers) and a message made from the i18n tables:
 * a planner reads what went wrong with the file, never a library's exception text.
 * Nothing the importers are given can make them throw past importFile().
 */
import type { Bilingual } from '../lib/bilingual';
import { message as fromTables, type MessageParams } from '../i18n/message';
import type { StringKey } from '../i18n/zh';

export type ImportErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'unknown-format'
  | 'off-globe'
  | 'parse-failed'
  | 'json-invalid'
  | 'xml-invalid'
  | 'xml-entities'
  | 'too-deep'
  | 'zip-damaged'
  | 'zip-too-large'
  | 'zip-too-many-entries'
  | 'zip-unsupported'
  | 'zip-no-layer'
  | 'shp-damaged'
  | 'dbf-damaged'
  | 'no-polygons'
  | 'too-many-features'
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

/** A message from the i18n tables, with its placeholders. */
export interface MessageRef {
  key: StringKey;
  params?: MessageParams;
}

export type Result<T, E = ImportError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ImportErrorCode, key: StringKey, params?: MessageParams): { ok: false; error: ImportError } => ({
  ok: false,
  error: { code, message: fromTables(key, params) },
});
export const note = (code: string, key: StringKey, params?: MessageParams): Note => ({ code, message: fromTables(key, params) });

/** Thrown inside a reader to choose the error code; importFile() turns it into a value. */
export class ImportFailure extends Error {
  readonly bilingual: Bilingual;

  constructor(
    readonly code: ImportErrorCode,
    ref: MessageRef,
  ) {
    const text = fromTables(ref.key, ref.params);
    super(text.en);
    this.bilingual = text;
  }
}
