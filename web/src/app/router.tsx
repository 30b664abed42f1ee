import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { RequireAccess } from '../components/RequireAccess.tsx';

// Every page is its own chunk: a slow connection loads only what is opened.
const CataloguePage = lazy(() => import('../features/catalogue/routes/CataloguePage.tsx'));
const OfferDetailPage = lazy(() => import('../features/catalogue/routes/OfferDetailPage.tsx'));
const ResidentLoginPage = lazy(() => import('../features/auth/routes/ResidentLoginPage.tsx'));
const LoginLinkPage = lazy(() => import('../features/auth/routes/LoginLinkPage.tsx'));
const StaffLoginPage = lazy(() => import('../features/auth/routes/StaffLoginPage.tsx'));
const OutboxPage = lazy(() => import('../features/dev-outbox/routes/OutboxPage.tsx'));
const MyPassPage = lazy(() => import('../features/my-pass/routes/MyPassPage.tsx'));
const TillPage = lazy(() => import('../features/till/routes/TillPage.tsx'));
const ProviderPage = lazy(() => import('../features/provider/routes/ProviderPage.tsx'));
const ApiTokensPage = lazy(() => import('../features/provider/routes/ApiTokensPage.tsx'));
const AdminPage = lazy(() => import('../features/admin/routes/AdminPage.tsx'));
const NotFoundPage = lazy(() => import('./NotFoundPage.tsx'));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<CataloguePage />} />
          <Route path="aanbod/:offerId" element={<OfferDetailPage />} />
          <Route path="inloggen" element={<ResidentLoginPage />} />
          <Route path="inloggen/link" element={<LoginLinkPage />} />
          <Route path="medewerkers/inloggen" element={<StaffLoginPage />} />
          <Route path="ontwikkeling/postvak" element={<OutboxPage />} />
          <Route path="mijn-pas" element={<RequireAccess need="myPass"><MyPassPage /></RequireAccess>} />
          <Route path="kassa" element={<RequireAccess need="till"><TillPage /></RequireAccess>} />
          <Route path="aanbieder" element={<RequireAccess need="provider"><ProviderPage /></RequireAccess>} />
          <Route path="aanbieder/koppelingen" element={<RequireAccess need="providerAdmin"><ApiTokensPage /></RequireAccess>} />
          <Route path="beheer/:section?" element={<RequireAccess need="admin"><AdminPage /></RequireAccess>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
