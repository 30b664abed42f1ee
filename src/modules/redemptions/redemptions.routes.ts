import type { App } from '../../http/app-types.ts';

export async function redemptionsRoutes(app: App) {
  void app;
}
