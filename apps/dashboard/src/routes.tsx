import { useApolloClient } from '@apollo/client/react';
import { type ComponentType, lazy, useCallback } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { ViewerFieldsFragment } from './generated/graphql';
import { PublicOnly } from './modules/auth/components/public-only';
import { RequireSession } from './modules/auth/components/require-session';
import { prefetchOverview } from './modules/overview/utils/prefetch-overview';

type PageModule = { default: ComponentType };

/**
 * One chunk per page: the sign-in page does not download the settings tables, and vice versa.
 * `preload()` fetches a page's chunk ahead of its route; once it is here the page renders at once,
 * without suspending (React shows a suspended route's fallback for at least ~300 ms).
 */
const lazyPage = (load: () => Promise<PageModule>) => {
  let loaded: ComponentType | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    loading.catch(() => (loading = undefined));
    return loading;
  };
  const Lazy = lazy(preload);
  const Page = () => {
    const Loaded = loaded ?? Lazy;
    return <Loaded />;
  };
  return Object.assign(Page, { preload });
};

// The signed-in frame (navigation, header) is not part of the sign-in screen either.
const AppFrame = lazyPage(() =>
  import('./modules/app-frame/components/app-frame').then((module) => ({
    default: module.AppFrame,
  })),
);
const SignInPage = lazyPage(() => import('./pages/sign-in-page'));
const SignUpPage = lazyPage(() => import('./pages/sign-up-page'));
const AcceptInvitationPage = lazyPage(() => import('./pages/accept-invitation-page'));
const TodayPage = lazyPage(() => import('./pages/today-page'));
const EntitiesPage = lazyPage(() => import('./pages/entities-page'));
const CasesPage = lazyPage(() => import('./pages/cases-page'));
const DocumentsPage = lazyPage(() => import('./pages/documents-page'));
const ImportPage = lazyPage(() => import('./pages/import-page'));
const MembersPage = lazyPage(() => import('./pages/members-page'));
const ApiKeysPage = lazyPage(() => import('./pages/api-keys-page'));
const ChannelsPage = lazyPage(() => import('./pages/channels-page'));
const ProfilePage = lazyPage(() => import('./pages/profile-page'));
const AgencySettingsPage = lazyPage(() => import('./pages/agency-settings-page'));
const CalendarFeedPage = lazyPage(() => import('./pages/calendar-feed-page'));
const NotFoundPage = lazyPage(() => import('./pages/not-found-page'));

type Preloadable = { preload: () => Promise<unknown> };

// What each top-level path opens, to fetch while the session is being restored; any other path is
// a signed-in page in the frame.
const FIRST_SCREENS: [RegExp, Preloadable[]][] = [
  [/^\/$/, [AppFrame, TodayPage]],
  [/^\/sign-in\/?$/, [SignInPage]],
  [/^\/sign-up\/?$/, [SignUpPage]],
  [/^\/accept-invitation\/?$/, [AcceptInvitationPage]],
  [/^\/entities(\/|$)/, [AppFrame, EntitiesPage]],
  [/^\/cases(\/|$)/, [AppFrame, CasesPage]],
  [/^\/documents(\/|$)/, [AppFrame, DocumentsPage]],
];

const preloadAll = (screens: Preloadable[]) =>
  Promise.all(screens.map((screen) => screen.preload())).then(
    () => undefined,
    () => undefined,
  );

/**
 * Starts downloading what the page at `pathname` renders (main.tsx, before the first render);
 * resolves once it is here (never rejects: a failed chunk is retried when the route renders).
 */
export const preloadPageAt = (pathname: string): Promise<void> =>
  preloadAll(FIRST_SCREENS.find(([path]) => path.test(pathname))?.[1] ?? [AppFrame]);

/**
 * The frame and Today, where signing in lands: fetched while the reader types the password (the
 * sign-in page), so the overview's queries start as soon as the session exists.
 */
export const preloadTodayPage = () => void preloadAll([AppFrame, TodayPage]);

export const AppRoutes = () => {
  const client = useApolloClient();
  // Signing in on the way to Today: its queries go out with the session, not after Today's code.
  const onSignedIn = useCallback(
    (destination: string, viewer: ViewerFieldsFragment) => {
      if (destination === '/') prefetchOverview(client, viewer.agency.expiryWarningDays ?? null);
    },
    [client],
  );
  return (
    <Routes>
      <Route element={<PublicOnly onShown={preloadTodayPage} onSignedIn={onSignedIn} />}>
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
};
