import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { Layout } from './Layout.tsx';
import { FEATURES } from './features.ts';
import { RequireAccess } from '../components/RequireAccess.tsx';
import { ProvideAppNavigate } from '../components/RouterLink.tsx';
import type { FeatureRoute } from '../lib/feature.ts';

const NotFoundPage = lazy(() => import('../components/NotFoundPage.tsx'));

/**
 * Asks for the feature's texts while its page chunk is still on its way: both downloads then run
 * side by side, where the page would otherwise ask for its texts only once its code has arrived
 * (one round trip more on a slow connection). i18next loads a namespace once.
 */
function WithTexts({
  namespace,
  prefetch,
  children,
}: {
  namespace: string;
  prefetch: FeatureRoute['prefetch'];
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const params = useParams();
  void i18next.loadNamespaces(namespace);
  // The page's data too (FeatureRoute.prefetch); a query already on its way or fresh is not asked again.
  prefetch?.(queryClient, { params, search });
  return children;
}

function element({ page: Page, access, prefetch }: FeatureRoute, namespace: string) {
  const page = (
    <WithTexts namespace={namespace} prefetch={prefetch}>
      <Page />
    </WithTexts>
  );
  if (!access) return page;
  return (
    <RequireAccess permission={access.permission} login={access.login}>
      {page}
    </RequireAccess>
  );
}

/** Every feature's routes in the one layout; anything else is "not found". */
export function AppRouter() {
  const routes = FEATURES.flatMap((feature) =>
    feature.routes.map((route) => ({ ...route, namespace: feature.namespace })),
  );
  return (
    <BrowserRouter>
      <ProvideAppNavigate>
        <Routes>
          <Route element={<Layout />}>
            {routes.map((route) =>
              route.path === '/' ? (
                <Route key={route.path} index element={element(route, route.namespace)} />
              ) : (
                <Route key={route.path} path={route.path} element={element(route, route.namespace)} />
              ),
            )}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </ProvideAppNavigate>
    </BrowserRouter>
  );
}
