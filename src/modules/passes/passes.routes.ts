import type { App } from '../../http/app-types.ts';

export async function passesRoutes(app: App) {
  void app;
}
