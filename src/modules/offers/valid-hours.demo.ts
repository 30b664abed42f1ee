import { sql } from 'kysely';
import type { DemoContext } from '../../http/module-manifest.ts';
import type { ValidHoursWindow } from './valid-hours.ts';

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * Demo offers that hold in quiet hours only ("luwe periodes", seed 000 §8A): a lunch at lunch
 * time, coffee and cake on weekday afternoons, the tompouce on Tuesdays. Matched by title
 * (the core seed's offer pools), so the demo keeps them wherever the pools put them.
 */
const DEMO_VALID_HOURS: [titleStart: string, windows: ValidHoursWindow[]][] = [
  ['Tompoucedinsdag', [{ days: [2], from: '08:00', until: '18:00' }]],
  ['Lunch van de dag', [{ days: [1, 2, 3, 4, 5, 6, 7], from: '11:30', until: '14:30' }]],
  ['Koffie met gebak', [{ days: WEEKDAYS, from: '14:00', until: '17:00' }]],
  ['Koffie met appeltaart', [{ days: WEEKDAYS, from: '14:00', until: '17:00' }]],
  [
    'Soep van de dag',
    [
      { days: WEEKDAYS, from: '12:00', until: '14:00' },
      { days: [6], from: '12:00', until: '16:00' },
    ],
  ],
];

export async function seedValidHours({ tx, tenantId }: DemoContext) {
  for (const [title, windows] of DEMO_VALID_HOURS) {
    await tx
      .updateTable('offers')
      .set({ valid_hours: JSON.stringify(windows) })
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`title like ${`${title}%`}`)
      .execute();
  }
}
