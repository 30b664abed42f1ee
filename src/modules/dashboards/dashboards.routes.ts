import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { dashboardCsv, dashboardXlsx } from './dashboards.export.ts';
import {
  BuurtBreakdown,
  ConditionParam,
  Dashboard,
  DashboardQuery,
  ExportQuery,
  WijkParams,
} from './dashboards.schemas.ts';
import { DashboardsService } from './dashboards.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['dashboards'];
const Params = Type.Object({ condition: ConditionParam });

export async function dashboardsRoutes(app: App) {
  const service = new DashboardsService(app.deps.database.db);

  app.get(
    '/dashboards/:condition',
    {
      schema: {
        tags,
        summary: 'The dashboard of one of the six success conditions: indicators, monthly trend, breakdowns',
        description:
          'Figures about people are hidden below 10 (`suppressed`), with complementary suppression. Redemptions count once they are past the 30-minute cancellation window (`figuresUntil`).',
        operationId: 'getDashboard',
        security,
        params: Params,
        querystring: DashboardQuery,
        response: { 200: Dashboard, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.dashboard(request.principal, request.params.condition, request.query.year);
    },
  );

  app.get(
    '/dashboards/:condition/wijken/:wijkCode/buurten',
    {
      schema: {
        tags,
        summary: "A dashboard's wijk breakdown per CBS buurt of one wijk",
        description:
          'For the dashboards with `buurtBreakdown`. Figures about people are hidden below 10, with complementary suppression against the wijk figure, so a hidden buurt cannot be worked out from the wijk minus the others; when the wijk figure itself is hidden, no buurt is given.',
        operationId: 'getDashboardBuurten',
        security,
        params: WijkParams,
        querystring: DashboardQuery,
        response: { 200: BuurtBreakdown, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      const { condition, wijkCode } = request.params;
      return service.buurtBreakdown(request.principal, condition, wijkCode, request.query.year);
    },
  );

  app.get(
    '/dashboards/:condition/export',
    {
      schema: {
        tags,
        summary: 'A dashboard as CSV or XLSX (suppressed figures read "<10")',
        operationId: 'exportDashboard',
        security,
        params: Params,
        querystring: ExportQuery,
        response: {
          200: {
            description: 'CSV or XLSX',
            content: {
              'text/csv': { schema: Type.String() },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: Type.String({ format: 'binary' }),
              },
            },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const d = await service.dashboard(request.principal, request.params.condition, request.query.year);
      const name = `dashboard-${d.condition}-${d.year}`;
      reply.header('Cache-Control', 'private, no-store');
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${name}.csv"`)
          .send(dashboardCsv(d));
      }
      const xlsx = await dashboardXlsx(d);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', `attachment; filename="${name}.xlsx"`)
        .send(xlsx as unknown as string); // binary body; the schema documents it as format: binary
    },
  );
}
