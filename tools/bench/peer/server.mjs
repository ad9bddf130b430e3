// PostGraphile 5 (the amber preset) serving the bench's copy of the seeded database, for
// `npm run bench:peer` only. It connects as the admin user, as the API's pool does, and runs every
// request as the API runs its transactions: role veridesk_app with app.agency_id set (pgSettings),
// so the same row-level security applies. The agency comes from a bearer token (HS256, signed with
// PEER_TOKEN_SECRET) checked on every request, as a deployed PostGraphile would: without one, 401.
// tools/bench/bench-peer.mjs copies this file into tmp/peer (beside its node_modules) and runs it
// with the Node 22 installed there. Environment: DATABASE_URL, PORT, PEER_TOKEN_SECRET, POOL_SIZE.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const { DATABASE_URL, PORT, PEER_TOKEN_SECRET, POOL_SIZE = '20' } = process.env;
if (!DATABASE_URL || !PORT || !PEER_TOKEN_SECRET)
  throw new Error('DATABASE_URL, PORT and PEER_TOKEN_SECRET are required');
const secret = Buffer.from(PEER_TOKEN_SECRET, 'utf8');

/** The claims of a valid `Bearer <header>.<payload>.<signature>` HS256 token; throws otherwise. */
function claimsOf(authorization) {
  const [header, payload, signature] =
    /^Bearer (.+)$/.exec(authorization ?? '')?.[1].split('.') ?? [];
  if (!signature) throw new Error('Sign in first');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new Error('Invalid token');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now())
    throw new Error('Token expired');
  return claims;
}

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: DATABASE_URL,
      schemas: ['public'],
      // The API's pool size (bench-support's builtApiEnvironment).
      poolConfig: { max: Number(POOL_SIZE) },
      // The request listener below has checked the token.
      pgSettings: (requestContext) => ({
        role: 'veridesk_app',
        'app.agency_id': String(requestContext.node.req.claims.agency_id),
      }),
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const instance = postgraphile(preset);
// Built before the port opens: the bench's first request is not the one that builds the schema.
await instance.getSchema();
const handle = instance.createServ(grafserv).createHandler();
// A request without a valid token is answered here, before PostGraphile (which would log the error).
const server = createServer((request, response) => {
  try {
    request.claims = claimsOf(request.headers.authorization);
  } catch (error) {
    const body = JSON.stringify({ errors: [{ message: error.message }] });
    response.writeHead(401, { 'content-type': 'application/json' }).end(body);
    return;
  }
  handle(request, response);
});
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(PORT), '127.0.0.1');
process.on('SIGTERM', async () => {
  server.close();
  await instance.release();
  process.exit(0);
});
