/**
 * Search within a plan text and the pieces a line is drawn in. Pure: the
 * reader renders the segments; whitespace in the query is ignored, as the
 * texts break words with spaces and tabs at random.
 */
import type { LineMention, MentionTarget } from './planDoc';

export interface TextHit {
  line: number;
  /** A short piece of the line around the first hit. */
  snippet: string;
}

const normalise = (q: string) => q.replace(/\s+/g, '').toLowerCase();

/** Where the query occurs in `text`, as [start, end) offsets of the original text, spaces inside a hit allowed. */
export function findHits(text: string, query: string): [number, number][] {
  const q = normalise(query);
  if (!q) return [];
  // The text without whitespace, and where each of its characters came from.
  const from: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    from.push(i);
    squashed += text[i].toLowerCase();
  }
  const out: [number, number][] = [];
  for (let at = squashed.indexOf(q); at >= 0; at = squashed.indexOf(q, at + q.length)) out.push([from[at], from[at + q.length - 1] + 1]);
  return out;
}

/** Lines that contain the query (case-insensitive), in order, at most `limit`. */
export function searchLines(lines: readonly string[], query: string, limit = 50): { hits: TextHit[]; total: number } {
  const hits: TextHit[] = [];
  let total = 0;
  lines.forEach((text, i) => {
    const [first] = findHits(text, query);
    if (!first) return;
    total++;
    if (hits.length < limit) hits.push({ line: i + 1, snippet: text.slice(Math.max(0, first[0] - 12), first[1] + 18).trim() });
  });
  return { hits, total };
}

export interface Segment {
  text: string;
  target?: MentionTarget;
  /** Part of a search hit. */
  hit: boolean;
}

/** Cuts a line at mention and search-hit boundaries, so each piece is one link and/or one mark. */
export function lineSegments(text: string, mentions: readonly LineMention[], query = ''): Segment[] {
  const hits = findHits(text, query);
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  for (const [a, b] of hits) cuts.add(a).add(b);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const target = mentions.find((m) => m.start <= a && b <= m.end)?.target;
    const hit = hits.some(([s, e]) => s <= a && b <= e);
    const last = out[out.length - 1];
    // Neighbours with the same link and mark stay one piece (one link, not several).
    if (last && last.target === target && last.hit === hit) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), ...(target ? { target } : {}), hit });
  }
  return out;
}
