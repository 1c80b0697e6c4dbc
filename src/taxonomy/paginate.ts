import { pagedPath } from "../model/urls.ts";

/** One page of a paginated list. */
export interface Chunk<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly page: number;
  readonly totalPages: number;
  /** Site path of this page. */
  readonly path: string;
  readonly previousPath?: string;
  readonly nextPath?: string;
}

/**
 * Splits a list into pages of `perPage` under `firstPath` (page N at firstPath + "page/N/").
 * An empty list still gets its one (empty) page.
 */
export function paginate<T>(items: readonly T[], perPage: number, firstPath: string): Chunk<T>[] {
  const size = Math.max(1, Math.floor(perPage));
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: totalPages }, (_, i) => {
    const page = i + 1;
    return {
      items: items.slice(i * size, page * size),
      page,
      totalPages,
      path: pagedPath(firstPath, page),
      previousPath: page > 1 ? pagedPath(firstPath, page - 1) : undefined,
      nextPath: page < totalPages ? pagedPath(firstPath, page + 1) : undefined,
    };
  });
}
