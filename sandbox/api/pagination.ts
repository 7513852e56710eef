// Zendesk's two ways of paging a list: cursor pagination (any page[...]
// parameter) and offset pagination (page, per_page), with absolute links.

import { json, type ApiResponse } from './responses.ts';

export const MAX_PAGE_SIZE = 100;

export interface CursorPage<T> {
  items: T[];
  meta: { has_more: boolean; after_cursor: string | null; before_cursor: string | null };
  links: { prev: string | null; next: string | null };
}

export interface OffsetPage<T> {
  items: T[];
  next_page: string | null;
  previous_page: string | null;
  count: number;
}

export type Page<T> =
  | { kind: 'cursor'; page: CursorPage<T> }
  | { kind: 'offset'; page: OffsetPage<T> }
  | { kind: 'error'; response: ApiResponse };

function invalidParameter(detail: string): { kind: 'error'; response: ApiResponse } {
  return {
    kind: 'error',
    response: json(400, {
      errors: [{ code: 'InvalidPaginationParameter', title: 'Invalid pagination parameter', detail }],
    }),
  };
}

/** Opaque to clients; encodes the id of the item it points at. */
export function encodeCursor(itemId: number): string {
  return Buffer.from(`item:${itemId}`).toString('base64url');
}

function decodeCursor(cursor: string): number | null {
  const match = /^item:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

/** An empty parameter counts as absent. */
function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

function pageSize(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) return null;
  return Math.min(size, MAX_PAGE_SIZE);
}

/** `base` plus the request's other parameters plus `extra`; brackets kept readable as Zendesk's links have them. */
function linkTo(base: string, query: URLSearchParams, extra: Record<string, string>): string {
  const kept = [...query.entries()].filter(([name]) => !name.startsWith('page') && name !== 'per_page');
  const all = [...kept, ...Object.entries(extra)];
  return `${base}?${all.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

function cursorPage<T extends { id: number }>(items: readonly T[], query: URLSearchParams, base: string): Page<T> {
  const size = pageSize(query.get('page[size]'), MAX_PAGE_SIZE);
  if (size === null) return invalidParameter('page[size] must be a positive integer');
  const after = nonEmpty(query.get('page[after]'));
  const before = nonEmpty(query.get('page[before]'));
  if (after !== null && before !== null)
    return invalidParameter('page[after] and page[before] cannot be used together');

  let start = 0;
  let end = Math.min(size, items.length);
  let hasMore = end < items.length;
  const cursor = after ?? before;
  if (cursor !== null) {
    const itemId = decodeCursor(cursor);
    const index = itemId === null ? -1 : items.findIndex((item) => item.id === itemId);
    if (index < 0) return invalidParameter(`${after !== null ? 'page[after]' : 'page[before]'} is not a valid cursor`);
    if (after !== null) {
      start = index + 1;
      end = Math.min(start + size, items.length);
      hasMore = end < items.length;
    } else {
      end = index;
      start = Math.max(0, end - size);
      hasMore = start > 0;
    }
  }

  const slice = items.slice(start, end);
  const first = slice[0];
  const last = slice[slice.length - 1];
  const afterCursor = last ? encodeCursor(last.id) : null;
  const beforeCursor = first ? encodeCursor(first.id) : null;
  const sizeText = String(size);
  return {
    kind: 'cursor',
    page: {
      items: slice,
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        prev: beforeCursor ? linkTo(base, query, { 'page[before]': beforeCursor, 'page[size]': sizeText }) : null,
        next: afterCursor ? linkTo(base, query, { 'page[after]': afterCursor, 'page[size]': sizeText }) : null,
      },
    },
  };
}

function offsetPage<T>(items: readonly T[], query: URLSearchParams, base: string): Page<T> {
  const perPage = pageSize(query.get('per_page'), MAX_PAGE_SIZE);
  const pageNumber = Number(query.get('page') ?? '1');
  if (perPage === null || !Number.isInteger(pageNumber) || pageNumber < 1) {
    return invalidParameter('page and per_page must be positive integers');
  }
  const start = (pageNumber - 1) * perPage;
  const at = (page: number) => linkTo(base, query, { page: String(page), per_page: String(perPage) });
  return {
    kind: 'offset',
    page: {
      items: items.slice(start, start + perPage),
      next_page: start + perPage < items.length ? at(pageNumber + 1) : null,
      previous_page: pageNumber > 1 ? at(pageNumber - 1) : null,
      count: items.length,
    },
  };
}

/** Pages `items` as the request asks; `base` is the absolute URL of the list without query. */
export function paginate<T extends { id: number }>(items: readonly T[], query: URLSearchParams, base: string): Page<T> {
  const usesCursor = [...query.keys()].some((name) => name.startsWith('page['));
  return usesCursor ? cursorPage(items, query, base) : offsetPage(items, query, base);
}
