import type { DemoContext } from '../../http/module-manifest.ts';
import { DEMO_BUDGETS } from './schemes.demo-budgets.ts';
import { DEMO_SCHEMES } from './schemes.demo-data.ts';
import { SchemesRepository } from './schemes.repository.ts';
import { schemeProblems, toSchemeValues, type SchemeInputBody } from './schemes.service.ts';

/** The schemes guide of the demo: published, each checked by the same rules as the API. */
export async function seedSchemes({ tx, tenantId }: DemoContext) {
  const repo = new SchemesRepository(tx);
  for (const demo of [...DEMO_SCHEMES, ...DEMO_BUDGETS]) {
    const input: SchemeInputBody = {
      bodyMarkdown: '',
      whoFor: '',
      criteria: '',
      amounts: '',
      applyWhere: '',
      contact: '',
      providerName: 'Gemeente Zaanstad',
      lifeEvents: [],
      themes: [],
      grantsPass: false,
      ...demo,
    };
    const problems = schemeProblems(input);
    if (problems.length > 0) throw new Error(`Demo scheme ${demo.slug}: ${JSON.stringify(problems)}`);
    const row = await repo.insert(tenantId, toSchemeValues(input, 'seed:demo'));
    if (row) await repo.setStatus(tenantId, row.id, demo.status ?? 'published', 'seed:demo');
  }
}
