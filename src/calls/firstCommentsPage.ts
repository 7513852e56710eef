import type { ApiRequest } from './transport';

/** Comments per page: the API's largest, so a ticket's calls are found in the fewest reads. */
export const COMMENTS_PAGE_SIZE = 100;

/**
 * The first page of a ticket's comments, as the list asks for it. Apart from the list's
 * code, so the shell can send it while that code loads (see primeable).
 */
export function firstCommentsPage(ticketId: number): ApiRequest {
  return {
    method: 'GET',
    url: `/api/v2/tickets/${ticketId}/comments?${new URLSearchParams({ 'page[size]': String(COMMENTS_PAGE_SIZE) }).toString()}`,
  };
}
