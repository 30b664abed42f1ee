import type { App } from '../../http/app-types.ts';

export async function offersRoutes(app: App) {
  void app;
}
