import type { App } from '../../http/app-types.ts';

export async function providersRoutes(app: App) {
  void app;
}
