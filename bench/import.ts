/**
 * npm run bench:import — imports BENCH_ROWS (100,000) rows of an income administration export on
 * PostgreSQL and prints rows/s. Set DATABASE_URL to use your own server; otherwise a throwaway one
 * is started. The file is what Excel writes: semicolons, Windows-1252, dd-mm-jjjj; households of a
 * head, a partner and two children, nine in ten heads with an e-mail address (the others get a
 * welcome letter in the batch's PDF). Then the same file again, which must change nothing.
 */
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Principal } from '../src/modules/access/principal.ts';
import { IncomeImportService } from '../src/modules/income-import/income-import.service.ts';
import { recreateDatabase, startPostgres } from './lib.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TENANT = 'zaanstad';
const STREETS = ['Peperstraat', 'Gedempte Gracht', 'Vinkenstraat', 'Rosmolenstraat', 'Westzijde', 'Oostzijde'];
const FIRST = ['Fatma', 'Jan', 'Zoë', 'Mohamed', 'Anna', 'Kees', 'Sanne', 'Emre', 'Ilse', 'Piotr'];
const LAST = ['Yilmaz', 'de Vries', 'Bakker', 'El Amrani', 'Kowalska', 'Groot', 'Jansen', 'Göçmen'];

function exportFile(rows: number): Buffer {
  const lines = ['Klantnummer;Naam;Adres;Postcode;Woonplaats;Geboortedatum;E-mail;Categorie;Huishouden'];
  const year = new Date().getFullYear();
  for (let i = 0; lines.length <= rows; i++) {
    const head = `K${String(i).padStart(7, '0')}`;
    const last = LAST[i % LAST.length]!;
    const address = `${STREETS[i % STREETS.length]} ${1 + (i % 300)};${1500 + (i % 40)} AB;Zaandam`;
    const category = i % 5 === 0 ? 'mantelzorger' : 'minimum';
    const email = i % 10 === 0 ? '' : `bewoner${i}@bench.demo`;
    const day = `${String(1 + (i % 28)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}`;
    lines.push(`${head};${FIRST[i % FIRST.length]} ${last} ${i};${address};${day}-1980;${email};${category};`);
    lines.push(`${head}P;${FIRST[(i + 3) % FIRST.length]} ${last} ${i};${address};${day}-1982;;${category};${head}`);
    lines.push(`${head}A;Kind A ${last} ${i};${address};${day}-${year - 8};;${category};${head}`);
    lines.push(`${head}B;Kind B ${last} ${i};${address};${day}-${year - 4};;${category};${head}`);
  }
  return Buffer.from(lines.slice(0, rows + 1).join('\r\n') + '\r\n', 'latin1');
}

const postgres = startPostgres();
try {
  const url = await recreateDatabase(postgres.url, 'stadspas_bench_import');
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  await database.db
    .insertInto('tenants')
    .values({ id: TENANT, name: 'Gemeente Zaanstad', pass_name: 'Zaanse Pas', municipality_code: '0479' })
    .execute();
  const admin = await database.db
    .insertInto('users')
    .values({ tenant_id: TENANT, email: 'beheer@bench.demo', name: 'Beheer', role: 'org_admin' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const principal: Principal = {
    kind: 'staff',
    tenantId: TENANT,
    userId: admin.id,
    role: 'org_admin',
    providerId: null,
    name: 'Beheer',
  };
  const file = exportFile(ROWS);
  console.log(
    `Export: ${ROWS.toLocaleString('en')} rows, ${(file.byteLength / 1e6).toFixed(1)} MB (Windows-1252, semicolons)`,
  );
  const service = new IncomeImportService(database.db, 'http://localhost:3000');

  for (const label of ['first import', 'same file again']) {
    const started = performance.now();
    const { run, work } = await service.start(principal, 'bench.csv', file);
    await work();
    const seconds = (performance.now() - started) / 1000;
    const done = await service.get(principal, run.id);
    if (done.status !== 'done') throw new Error(`import ${done.status}: ${done.error}`);
    console.log(
      `${label}: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s; ` +
        `created ${done.created}, renewed ${done.renewed}, updated ${done.updated}, unchanged ${done.unchanged}, ` +
        `refused ${done.refused}; ${done.letters_count} welcome letters`,
    );
  }
  await database.close();
} finally {
  postgres.stop();
}
