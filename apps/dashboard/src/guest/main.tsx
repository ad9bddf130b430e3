import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CallPrepPage } from './components/call-prep-page';
import { DocumentRequestPage } from './components/document-request-page';
import { GuestUnavailable } from './components/guest-unavailable';
import { guestRoute } from './utils/guest-api';
import { guestWords, pickGuestLocale } from './utils/guest-texts';
import './guest.css';

// The guest pages' entry: no router, no session, no admin shell. The path says which page.
const locale = pickGuestLocale(navigator.languages ?? [navigator.language]);
const words = guestWords(locale);
document.documentElement.lang = locale;

const route = guestRoute(window.location.pathname);
const container = document.getElementById('root');
if (!container) throw new Error('guest.html has no #root element');

createRoot(container).render(
  <StrictMode>
    {route?.kind === 'call-prep' ? (
      <CallPrepPage token={route.token} words={words} />
    ) : route?.kind === 'document-request' ? (
      <DocumentRequestPage token={route.token} words={words} />
    ) : (
      <GuestUnavailable code="NOT_FOUND" words={words} />
    )}
  </StrictMode>,
);
