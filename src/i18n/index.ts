import { signal } from '@preact/signals';
import { en } from './en';
import { zh, type StringKey } from './zh';
import type { Bilingual } from '../lib/bilingual';
import type { Lang } from '../lib/lang';

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

/** A feature's name in the UI language; Chinese when no English name exists. */
export function localName(p: { name: string; nameEn?: string }): string {
  return lang.value === 'zh' ? p.name : p.nameEn || p.name;
}

/** A string in both languages, for messages that must follow a later language switch (notices). */
export function both(key: StringKey): Bilingual {
  return { zh: tables.zh[key], en: tables.en[key] };
}
