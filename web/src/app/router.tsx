import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { FEATURES } from './features.ts';
import { RequireAccess } from '../components/RequireAccess.tsx';
import type { FeatureRoute } from '../lib/feature.ts';

const NotFoundPage = lazy(() => import('../components/NotFoundPage.tsx'));

function element({ page: Page, access }: FeatureRoute) {
  if (!access) return <Page />;
  return (
    <RequireAccess permission={access.permission} login={access.login}>
      <Page />
    </RequireAccess>
  );
}

/** Every feature's routes in the one layout; anything else is "not found". */
export function AppRouter() {
  const routes = FEATURES.flatMap((feature) => feature.routes);
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          {routes.map((route) =>
            route.path === '/' ? (
              <Route key={route.path} index element={element(route)} />
            ) : (
              <Route key={route.path} path={route.path} element={element(route)} />
            ),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
