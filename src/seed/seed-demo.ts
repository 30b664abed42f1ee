import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';

/** Seeds the Zaanstad demo when no tenant exists yet. */
export async function seedDemoIfEmpty(database: Database, config: Config): Promise<boolean> {
  void database; void config;
  return false;
}
