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
preloadPageAt(window.location.pathname);

// The first render waits for the reader's language (English loads on demand).
void initI18n().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
