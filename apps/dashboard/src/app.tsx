import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './modules/apollo/utils/apollo-client';
import { FullPageSpinner } from './modules/auth/components/full-page-spinner';
import { SessionRestorer } from './modules/auth/components/session-restorer';
import { LocalizedConfigProvider } from './modules/i18n/components/localized-config-provider';
import { AppRoutes } from './routes';

export const App = () => {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <LocalizedConfigProvider>
        <BrowserRouter>
          <SessionRestorer>
            <Suspense fallback={<FullPageSpinner />}>
              <AppRoutes />
            </Suspense>
          </SessionRestorer>
        </BrowserRouter>
      </LocalizedConfigProvider>
    </ApolloProvider>
  );
};
