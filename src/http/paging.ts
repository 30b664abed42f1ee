import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
}

/**
 * Sets the RFC 8288 `Link` header (first, prev, next, last) and the `X-Total-Count` header,
 * as the NL API Design Rules ask for paginated lists, and returns the JSON body.
 */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>) {
  const totalPages = Math.max(1, Math.ceil(page.totalItems / page.pageSize));
  const url = new URL(request.url, 'http://placeholder');
  const linkTo = (n: number) => {
    url.searchParams.set('page', String(n));
    url.searchParams.set('pageSize', String(page.pageSize));
    return `${url.pathname}${url.search}`;
  };
  const links = [`<${linkTo(1)}>; rel="first"`];
  if (page.page > 1) links.push(`<${linkTo(Math.min(page.page - 1, totalPages))}>; rel="prev"`);
  if (page.page < totalPages) links.push(`<${linkTo(page.page + 1)}>; rel="next"`);
  links.push(`<${linkTo(totalPages)}>; rel="last"`);
  reply.header('Link', links.join(', '));
  reply.header('X-Total-Count', String(page.totalItems));
  return {
    items: page.items,
    page: { page: page.page, pageSize: page.pageSize, totalItems: page.totalItems, totalPages },
  };
}
