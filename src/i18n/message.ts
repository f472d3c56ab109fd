/**
 * A UI string in both languages with its {placeholders} filled, for messages made
 * outside the UI (the importers in the worker) that must follow a later language
 * switch. Numbers are written with digit grouping (200,000).
 */
import type { Bilingual } from '../lib/bilingual';
import { en } from './en';
import { zh, type StringKey } from './zh';

export type MessageParams = Record<string, string | number>;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? grouped.format(value) : value;
  });
}

export function message(key: StringKey, params: MessageParams = {}): Bilingual {
  return { zh: fill(zh[key], params), en: fill(en[key], params) };
}
