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
const OfferPaymentRulesPage = lazy(() => import('../features/admin/routes/OfferPaymentRulesPage.tsx'));
const ProviderPage = lazy(() => import('../features/provider/routes/ProviderPage.tsx'));
const ApiTokensPage = lazy(() => import('../features/provider/routes/ApiTokensPage.tsx'));
const AdminPage = lazy(() => import('../features/admin/routes/AdminPage.tsx'));
const CreditSchemesPage = lazy(() => import('../features/credit-admin/routes/CreditSchemesPage.tsx'));
const CreditSchemePage = lazy(() => import('../features/credit-admin/routes/CreditSchemePage.tsx'));
const ActionBudgetPage = lazy(() => import('../features/action-budget/routes/ActionBudgetPage.tsx'));
const BuyPassPage = lazy(() => import('../features/buy-pass/routes/BuyPassPage.tsx'));
const OrderStatusPage = lazy(() => import('../features/buy-pass/routes/OrderStatusPage.tsx'));
const TestCheckoutPage = lazy(() => import('../features/buy-pass/routes/TestCheckoutPage.tsx'));
const PayoutsPage = lazy(() => import('../features/payouts/routes/PayoutsPage.tsx'));
const PayoutRunPage = lazy(() => import('../features/payouts/routes/PayoutRunPage.tsx'));
const PassSalesAdminPage = lazy(() => import('../features/buy-pass/routes/PassSalesAdminPage.tsx'));
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
          <Route
            path="mijn-pas"
            element={
              <RequireAccess need="myPass">
                <MyPassPage />
              </RequireAccess>
            }
          />
          <Route
            path="kassa"
            element={
              <RequireAccess need="till">
                <TillPage />
              </RequireAccess>
            }
          />
          <Route
            path="aanbieder"
            element={
              <RequireAccess need="provider">
                <ProviderPage />
              </RequireAccess>
            }
          />
          <Route
            path="aanbieder/koppelingen"
            element={
              <RequireAccess need="providerAdmin">
                <ApiTokensPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/tegoed"
            element={
              <RequireAccess need="admin">
                <CreditSchemesPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/tegoed/:schemeId"
            element={
              <RequireAccess need="admin">
                <CreditSchemePage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/uitbetalingen"
            element={
              <RequireAccess need="admin">
                <PayoutsPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/uitbetalingen/:runId"
            element={
              <RequireAccess need="admin">
                <PayoutRunPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/verkochte-passen"
            element={
              <RequireAccess need="admin">
                <PassSalesAdminPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/aanbod/:offerId/betaling"
            element={
              <RequireAccess need="admin">
                <OfferPaymentRulesPage />
              </RequireAccess>
            }
          />
          <Route
            path="beheer/:section?"
            element={
              <RequireAccess need="admin">
                <AdminPage />
              </RequireAccess>
            }
          />
          <Route path="actiebudget" element={<ActionBudgetPage />} />
          <Route path="pas-kopen" element={<BuyPassPage />} />
          <Route path="pas-kopen/bestelling/:orderId" element={<OrderStatusPage />} />
          <Route path="testbetaling/:paymentId" element={<TestCheckoutPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
