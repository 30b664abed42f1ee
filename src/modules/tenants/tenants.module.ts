import { defineModule } from '../../http/module-manifest.ts';

/**
 * The municipalities on the platform (each a tenant: every table's key starts with tenant_id),
 * with their pass's name, theme, kansentarief groups and payout account (docs/decisions/0009).
 */
export default defineModule({
  name: 'tenants',
  tables: ['tenants'],
});
