import type { Static } from '@sinclair/typebox';
import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from './catalogue-date.ts';
import { offersPolicy } from './offers.policy.ts';
import type { RoutePagesRepository } from './route-pages.repository.ts';
import type { RouteUpdate } from './route-pages.schemas.ts';
import { routeBadgeSvg, routePictureSvg } from './route-picture.ts';

/**
 * Route pages: the public reads an active route by its readable address; the pass organisation
 * edits every route (name, story, picture, order, active). A route switched off keeps its offers'
 * links, so switching it on again restores the page as it was.
 */
export class RoutePagesService {
  constructor(
    private readonly repo: RoutePagesRepository,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  async getRoute(principal: Principal, slug: string) {
    offersPolicy.authorize(principal, 'catalogue.read');
    const route = await this.repo.findBySlug(principal.tenantId, slug, this.today(), true);
    if (!route) throw notFound(`Route ${slug}`);
    return route;
  }

  async picture(principal: Principal, slug: string) {
    return routePictureSvg(await this.getRoute(principal, slug));
  }

  async badge(principal: Principal, slug: string) {
    const route = await this.getRoute(principal, slug);
    return routeBadgeSvg(route, await this.repo.passName(principal.tenantId));
  }

  listForAdmin(principal: Principal) {
    offersPolicy.authorize(principal, 'route.manage');
    return this.repo.listAll(principal.tenantId);
  }

  async update(principal: Principal, routeId: string, changes: Static<typeof RouteUpdate>) {
    offersPolicy.authorize(principal, 'route.manage');
    const { tenantId } = principal;
    if (!(await this.repo.findById(tenantId, routeId))) throw notFound('This route');
    await this.repo.update(tenantId, routeId, {
      ...changes,
      ...(changes.name !== undefined && { name: changes.name.trim() }),
    });
    return (await this.repo.findById(tenantId, routeId))!;
  }
}
