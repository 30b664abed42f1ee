import type { App } from '../../http/app-types.ts';

export async function areasRoutes(app: App) {
  void app;
}
