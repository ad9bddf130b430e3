import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppFrame } from './modules/app-frame/components/app-frame';
import { PublicOnly } from './modules/auth/components/public-only';
import { RequireSession } from './modules/auth/components/require-session';

// One chunk per page: the sign-in page does not download the settings tables, and vice versa.
const SignInPage = lazy(() => import('./pages/sign-in-page'));
const SignUpPage = lazy(() => import('./pages/sign-up-page'));
const AcceptInvitationPage = lazy(() => import('./pages/accept-invitation-page'));
const TodayPage = lazy(() => import('./pages/today-page'));
const EntitiesPage = lazy(() => import('./pages/entities-page'));
const CasesPage = lazy(() => import('./pages/cases-page'));
const DocumentsPage = lazy(() => import('./pages/documents-page'));
const ImportPage = lazy(() => import('./pages/import-page'));
const MembersPage = lazy(() => import('./pages/members-page'));
const ApiKeysPage = lazy(() => import('./pages/api-keys-page'));
const ChannelsPage = lazy(() => import('./pages/channels-page'));
const ProfilePage = lazy(() => import('./pages/profile-page'));
const AgencySettingsPage = lazy(() => import('./pages/agency-settings-page'));
const CalendarFeedPage = lazy(() => import('./pages/calendar-feed-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

export const AppRoutes = () => (
  <Routes>
    <Route element={<PublicOnly />}>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="sign-up" element={<SignUpPage />} />
    </Route>
    <Route path="accept-invitation" element={<AcceptInvitationPage />} />
    <Route element={<RequireSession />}>
      <Route element={<AppFrame />}>
        <Route index element={<TodayPage />} />
        <Route path="entities/*" element={<EntitiesPage />} />
        <Route path="cases/*" element={<CasesPage />} />
        <Route path="documents/*" element={<DocumentsPage />} />
        <Route path="import/*" element={<ImportPage />} />
        <Route path="settings">
          <Route index element={<Navigate to="members" replace />} />
          <Route path="members" element={<MembersPage />} />
          <Route path="channels" element={<ChannelsPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="agency" element={<AgencySettingsPage />} />
          <Route path="calendar" element={<CalendarFeedPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>
  </Routes>
);
