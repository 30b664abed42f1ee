import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { CardsService } from './cards.service.ts';

const Language = Type.Union(
  ['nl', 'en', 'tr', 'ar', 'pl', 'uk'].map((code) => Type.Literal(code as 'nl')),
  { description: 'Language of the texts on the page; Arabic gets Dutch (the PDF has no right-to-left layout)' },
);

export async function cardsRoutes(app: App) {
  const service = new CardsService(app.deps.database.db);

  app.get(
    '/me/printable-pass',
    {
      schema: {
        tags: ['passes'],
        summary: 'The printable pass: an A4 PDF with a card to cut out per pass in use (own and children)',
        operationId: 'getPrintablePass',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object({ language: Type.Optional(Language) }, { additionalProperties: false }),
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const pdf = await service.printablePass(request.principal, request.query.language ?? 'nl');
      return reply
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'attachment; filename="pas-om-af-te-drukken.pdf"')
        .type('application/pdf')
        .send(pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );
}
