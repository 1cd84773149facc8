import { createHash } from 'node:crypto';

import type { VersionChange } from '../../../shared/contracts/dashboard';

/** One stored row of a release or of a quote or deployment it links (pure data, no Strapi). */
export interface VersionPart {
  part: VersionChange['part'];
  documentId: string;
  locale: string | null;
  published: boolean;
  createdAt: number | null;
  updatedAt: number | null;
  by: string | null;
  /** Every stored column: what the version is a fingerprint of. */
  row: unknown;
}

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  const time = (value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value))).getTime();
  return Number.isNaN(time) ? null : time;
};
export { instant as versionInstant };

/**
 * A value with its keys in order and its lists of rows in id order: the database returns
 * populated relations in no fixed order (and adds their keys in the order they resolve).
 */
export const canonical = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const byId = (item: unknown) => (item && typeof item === 'object' ? Number((item as { id?: unknown }).id) : NaN);
    return items.every((item) => !Number.isNaN(byId(item))) ? [...items].sort((a, b) => byId(a) - byId(b)) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
};

const count = (parts: VersionPart[], part: VersionChange['part']) => parts.filter((p) => p.part === part).length;

/**
 * The version of a release: a fingerprint of every row (so any stored change changes it,
 * whatever path wrote it), then the newest change time and the number of quote and deployment
 * rows (so a conflict can say what changed since). Opaque to clients.
 */
export const versionOf = (parts: VersionPart[]): string => {
  const rows = parts
    .map((p) => JSON.stringify([p.part, canonical(p.row)]))
    .sort()
    .join('\n');
  const hash = createHash('sha256').update(rows).digest('base64url').slice(0, 22);
  const newest = parts.reduce((max, p) => Math.max(max, p.updatedAt ?? 0, p.createdAt ?? 0), 0);
  return [hash, newest.toString(36), count(parts, 'quote').toString(36), count(parts, 'deployment').toString(36)].join('.');
};

interface ParsedVersion {
  since: number;
  quotes: number;
  deployments: number;
}

const parseVersion = (version: string): ParsedVersion | null => {
  const [, since, quotes, deployments] = version.split('.');
  const values = [since, quotes, deployments].map((value) => (value === undefined ? NaN : parseInt(value, 36)));
  if (values.some((value) => Number.isNaN(value))) return null;
  const [s, q, d] = values as [number, number, number];
  return { since: s, quotes: q, deployments: d };
};

/** What changed in `parts` since the version `known` was taken (best effort: times and counts). */
export const changesSince = (parts: VersionPart[], known: string): VersionChange[] => {
  const parsed = parseVersion(known);
  const since = parsed?.since ?? -Infinity;
  const changes: VersionChange[] = parts
    .filter((p) => (p.updatedAt ?? 0) > since || (p.createdAt ?? 0) > since)
    .sort((a, b) => (a.updatedAt ?? 0) - (b.updatedAt ?? 0))
    .map((p) => ({
      part: p.part,
      kind: (p.createdAt ?? 0) > since ? 'added' : 'changed',
      documentId: p.documentId,
      locale: p.locale,
      status: p.published ? 'published' : 'draft',
      at: p.updatedAt === null ? null : new Date(p.updatedAt).toISOString(),
      by: p.by,
    }));
  if (parsed) {
    for (const [part, before] of [
      ['quote', parsed.quotes],
      ['deployment', parsed.deployments],
    ] as const) {
      if (count(parts, part) < before) {
        changes.push({ part, kind: 'removed', documentId: null, locale: null, status: null, at: null, by: null });
      }
    }
  }
  return changes;
};

/**
 * The versions an `If-Match` header names (RFC 9110: a list of entity tags, `*` for any; a weak
 * `W/` prefix is accepted): null without the header, `['*']` for any.
 */
export const ifMatchVersions = (header: string | undefined): string[] | null => {
  if (header === undefined || header.trim() === '') return null;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter((tag) => tag !== '')
    .map((tag) => (tag.startsWith('"') && tag.endsWith('"') && tag.length >= 2 ? tag.slice(1, -1) : tag));
};
