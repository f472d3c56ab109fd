import { signal } from '@preact/signals';
import { en } from './en';
import { zh, type StringKey } from './zh';

export type Lang = 'zh' | 'en';
export type { StringKey };

const tables: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The UI language; Chinese first. */
export const lang = signal<Lang>('zh');

/** Look up a UI string in the current language (reads the signal, so components re-render). */
export function t(key: StringKey): string {
  return tables[lang.value][key];
}

/** Pick the zh or en variant of a bilingual value. */
export function pick<T>(value: { zh: T; en: T }): T {
  return value[lang.value];
}
