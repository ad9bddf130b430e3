import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import {
  endSession,
  freshAccessToken,
  GRAPHQL_ENDPOINT,
  refreshSession,
} from '../../auth/utils/refresh-session';

// Operations that work without a session: an UNAUTHENTICATED answer is the user's to read
// (wrong password), not a reason to renew the session.
const PUBLIC_OPERATIONS = new Set([
  'Login',
  'SignUp',
  'AcceptInvitation',
  'RefreshSession',
  'SignOut',
]);

const hasCode = (error: unknown, code: string): boolean =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code);

const authLink = new SetContextLink(async (previousContext) => {
  const token = await freshAccessToken();
  if (!token) return {};
  return { headers: { ...previousContext.headers, authorization: `Bearer ${token}` } };
});

// On UNAUTHENTICATED: renew the session once and replay the operation; if that fails too, the
// session is over and the route guard sends the user to the sign-in page.
const sessionErrorLink = new ErrorLink(({ error, operation, forward }) => {
  if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
  // FORBIDDEN may mean someone changed this user's role meanwhile: renew the session so the
  // header and menu show the role the server now applies.
  if (hasCode(error, 'FORBIDDEN')) {
    void refreshSession('expired');
    return;
  }
  if (!hasCode(error, 'UNAUTHENTICATED')) return;
  if (operation.getContext()['retriedAfterRefresh']) {
    endSession('expired');
    return;
  }
  return from(refreshSession('expired')).pipe(
    mergeMap((alive) => {
      if (!alive) return throwError(() => error);
      operation.setContext({ retriedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

export const createApolloClient = (): ApolloClient =>
  new ApolloClient({
    link: ApolloLink.from([
      sessionErrorLink,
      authLink,
      new HttpLink({ uri: GRAPHQL_ENDPOINT, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists come back whole from the server: replace, never merge element by element.
        Query: {
          fields: {
            members: { merge: false },
            invitations: { merge: false },
            apiKeys: { merge: false },
            notificationChannels: { merge: false },
          },
        },
        // A viewer has no id of its own; it belongs to the query that fetched it.
        Viewer: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
