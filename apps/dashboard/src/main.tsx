import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { refreshSession } from './modules/auth/utils/refresh-session';
import { initI18n } from './modules/i18n/utils/i18n';
import { preloadPageAt } from './routes';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// What the first screen needs, at once and side by side rather than one after another: the
// session (SessionRestorer joins this request) and the page at this address.
void refreshSession('none');
const firstPage = preloadPageAt(window.location.pathname);
// A page that suspends shows its fallback for at least ~300 ms (React's throttle): the first
// render waits for the page (up to a few seconds, then the spinner shows while it loads) and for
// the reader's language (English loads on demand).
const pageOrTimeout = Promise.race([
  firstPage,
  new Promise<void>((resolve) => setTimeout(resolve, 3000)),
]);

void Promise.all([initI18n(), pageOrTimeout]).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
