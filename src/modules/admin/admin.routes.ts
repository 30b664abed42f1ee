import type { App } from '../../http/app-types.ts';

export async function adminRoutes(app: App) {
  void app;
}
