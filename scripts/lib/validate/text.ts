/**
 * Checks of a layer's text (geodata/text/<layer>.json): verbatim quotes with
 * their citations, and our own notes and translations, each in its language.
 */
import type { DataProblem } from '../../../src/data/types';
import { HAN, isObj, nonEmpty, type Obj } from './common';
import { quoteProblems, type Seeds } from './citations';

const TEXT_KEYS = ['aliases', 'boundaryText', 'positioning', 'projects', 'results'];
/** Results are dated within the plans' horizon (13th Five-Year period to the 2035 vision). */
export const RESULT_YEARS = { from: 2000, to: 2035 };
/** An English word in Chinese prose, e.g. "line 391" or "work plan" left in a Chinese note. */
const LATIN_WORD = /[A-Za-z]{3,}/;

/** English written by us: non-empty and free of Chinese characters, so the English view reads in one language. */
function englishProblems(v: unknown, where: string): string[] {
  if (!nonEmpty(v)) return [`${where} must be a non-empty English string`];
  return HAN.test(v) ? [`${where} "${v}" contains Chinese characters: write it in English`] : [];
}

/** A note of ours in both languages, each in its own language only. */
function noteProblems(v: unknown, where: string): string[] {
  if (!isObj(v) || !nonEmpty(v.zh) || !nonEmpty(v.en)) return [`${where} must be { zh, en } with both languages`];
  const out = englishProblems(v.en, `${where}.en`);
  if (LATIN_WORD.test(v.zh)) out.push(`${where}.zh "${v.zh}" contains English words: write it in Chinese (the line belongs in the citation)`);
  return out;
}

/** A verbatim passage `{ text, source, en? }`. */
function citedProblems(v: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(v)) return [`${where} must be { text, source }`];
  const out = quoteProblems(v.text, v.source, where, seeds);
  if (v.en !== undefined) out.push(...englishProblems(v.en, `${where}.en`));
  return out;
}

function resultProblems(v: unknown, where: string, seeds?: Seeds): string[] {
  const out = citedProblems(v, where, seeds);
  if (!isObj(v) || v.year === undefined) return out;
  const { from, to } = RESULT_YEARS;
  if (!(Number.isInteger(v.year) && (v.year as number) >= from && (v.year as number) <= to)) out.push(`${where}: year ${JSON.stringify(v.year)} must be a whole year from ${from} to ${to}`);
  return out;
}

function itemProblems(key: 'aliases' | 'projects', item: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(item)) return [`${where} must be { name, source }`];
  const out = quoteProblems(item.name, item.source, where, seeds);
  if (key === 'aliases') {
    if (item.note !== undefined || item.nameEn !== undefined) out.push(`${where}: only name and source are allowed`);
    return out;
  }
  if (item.nameEn !== undefined) out.push(...englishProblems(item.nameEn, `${where}.nameEn`));
  if (item.note !== undefined) out.push(...noteProblems(item.note, `${where}.note`));
  return out;
}

function listProblems(e: Obj, key: 'aliases' | 'projects' | 'results', seeds?: Seeds): string[] {
  const list = e[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [`${key} must be a list`];
  return list.flatMap((item: unknown, i) => {
    const where = `${key}[${i}]`;
    return key === 'results' ? resultProblems(item, where, seeds) : itemProblems(key, item, where, seeds);
  });
}

function entryProblems(e: unknown, seeds?: Seeds): string[] {
  if (!isObj(e)) return ['entry must be an object (possibly {})'];
  const out: string[] = [];
  const unknown = Object.keys(e).filter((k) => !TEXT_KEYS.includes(k));
  if (unknown.length) out.push(`unknown key(s) ${unknown.join(', ')} (allowed: ${TEXT_KEYS.join(', ')})`);
  for (const key of ['boundaryText', 'positioning'] as const) if (e[key] !== undefined) out.push(...citedProblems(e[key], key, seeds));
  for (const key of ['aliases', 'projects', 'results'] as const) out.push(...listProblems(e, key, seeds));
  return out;
}

/** Problems of a geodata/text/<layer>.json file's entries (shape, citations, verbatim quotes). */
export function validateText(file: string, data: unknown, seeds?: Seeds): DataProblem[] {
  if (!isObj(data)) return [{ file, featureId: '-', problem: 'expected an object keyed by feature id' }];
  return Object.entries(data).flatMap(([id, entry]) => entryProblems(entry, seeds).map((problem) => ({ file, featureId: id, problem })));
}

