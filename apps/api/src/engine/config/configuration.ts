import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'yes'].includes(value));

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: url(['postgres:', 'postgresql:']),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // The longest one SQL statement of the app may run (PostgreSQL's statement_timeout): past it
    // the server stops it, the caller gets SERVICE_UNAVAILABLE and nothing is written, and no
    // backend goes on working for a client that has gone. Migrations have no limit.
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i)
      .default('veridesk'),
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (use `openssl rand -hex 32`)'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    DASHBOARD_DIR: z.string().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    LOGIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    // Guest links (call prep, document requests, the calendar feed): unknown, expired or revoked
    // tokens answered NOT_FOUND per address in the window, before RATE_LIMITED.
    GUEST_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    GUEST_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    // Requests one API key may make per minute, and unknown or revoked keys one address may try.
    API_KEY_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    API_KEY_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    // How long an API process trusts a membership or API key it looked up (CredentialCache). A
    // removal, role change or revocation reaches every replica through Redis at once; this bounds
    // the rest (a message lost while Redis was away, a row changed outside the app). 0: no cache.
    CREDENTIAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
    // Checked before a GraphQL operation runs. Cost counts every field, times the page size
    // (`first`, else the default page size) of each connection and five for other lists.
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(50_000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(20),
    RUN_MIGRATIONS: booleanFlag.default(true),
    // The worker registers its repeatable ticks (digests, alerts, housekeeping). Tests drive ticks by hand.
    SCHEDULED_JOBS: booleanFlag.default(true),
    // When the digest/alert tick runs: a cron expression (a sixth, leading field counts seconds).
    NOTIFICATIONS_TICK_CRON: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 or 6 fields')
      .default('* * * * *'),
    // The agency that operates this installation: its OWNERs and ADMINs may open the queue board,
    // which shows every agency's jobs. Unset: the board is off.
    QUEUE_BOARD_AGENCY_ID: z.string().uuid().optional(),
    // "keyId:base64-of-32-bytes", comma-separated; the active key seals new ID numbers, every listed
    // key can open old ones (so keys rotate without downtime).
    ID_ENCRYPTION_KEYS: z.string().refine((value) => parseEncryptionKeys(value) !== null, {
      message: 'must be "keyId:<base64 of 32 bytes>" entries separated by commas',
    }),
    ID_ENCRYPTION_ACTIVE_KEY: z.string().optional(),
    // Keys the hash that finds a duplicate ID number without decrypting every row.
    ID_HASH_KEY: z.string().min(32, 'must be at least 32 characters'),
    FILES_DIR: z.string().default('.data/files'),
    // Outgoing mail, e.g. smtps://user:pass@smtp.example.com:465. Unset: emails are not sent.
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().default('VeriDesk <no-reply@veridesk.example.com>'),
    // First retry delay of a failed send; each next retry waits twice as long.
    MAIL_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(5_000),
    // How long a worker holds a delivery while sending it; a worker that dies lets it lapse.
    MAIL_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
    // How often bull looks for jobs whose worker died (they run again on another worker).
    QUEUE_STALLED_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    // On SIGTERM, how long in-flight requests and jobs may take to finish before the process gives
    // up and exits 1 (an unfinished job then runs again elsewhere). Keep it under the orchestrator's
    // grace period (Kubernetes: 30 s).
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(25_000),
    // Lifts the channel target rules (public hosts only, https only) for every kind: for tests and
    // relays inside a LAN. Off in production: a webhook could otherwise reach internal services.
    CHANNELS_ALLOW_PRIVATE_TARGETS: booleanFlag.default(false),
    // First retry of a failed channel delivery; each next retry waits twice as long (8 attempts).
    CHANNEL_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(10_000),
    // How often the worker looks for new events for channels and sends what is due (events reach a
    // group within this period and a send). Only agencies with an enabled channel are looked at.
    // 0: no channel tick on this worker (another worker ticks, or channels wait).
    CHANNELS_TICK_MS: z.coerce
      .number()
      .int()
      .refine((ms) => ms === 0 || ms >= 100, 'must be 0 (off) or at least 100')
      .default(5_000),
    // How long a worker holds a channel while sending to it; a worker that dies lets it lapse.
    CHANNEL_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(10 * 1024 * 1024),
  })
  .superRefine((config, context) => {
    const keys = parseEncryptionKeys(config.ID_ENCRYPTION_KEYS);
    if (keys && config.ID_ENCRYPTION_ACTIVE_KEY && !keys.has(config.ID_ENCRYPTION_ACTIVE_KEY)) {
      context.addIssue({
        code: 'custom',
        path: ['ID_ENCRYPTION_ACTIVE_KEY'],
        message: 'must name one of the keys in ID_ENCRYPTION_KEYS',
      });
    }
  });

export type AppConfig = z.infer<typeof schema>;

/** Parses ID_ENCRYPTION_KEYS into key id → 32-byte key, or null when malformed. */
export function parseEncryptionKeys(value: string): Map<string, Buffer> | null {
  const keys = new Map<string, Buffer>();
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    if (separator <= 0) return null;
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32 || keys.has(id)) return null;
    keys.set(id, key);
  }
  return keys.size ? keys : null;
}

export class ConfigurationError extends Error {}

/**
 * The one place the environment is read. Fails fast with one line per bad or missing value,
 * never echoing a value (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && env[name] === undefined;
    return `  ${name}: ${missing ? 'is required' : issue.message}`;
  });
  throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
}
