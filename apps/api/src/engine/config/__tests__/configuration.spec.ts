import { ConfigurationError, loadConfig } from '../configuration';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/veridesk',
  AUTH_SECRET: 'x'.repeat(64),
  ID_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  ID_HASH_KEY: 'h'.repeat(64),
};

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      PORT: 3000,
      REDIS_URL: 'redis://127.0.0.1:6379',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      RUN_MIGRATIONS: true,
      CORS_ORIGINS: [],
    });
  });

  it('names every missing or bad value on its own line, never echoing a secret', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://cache:6379', AUTH_SECRET: 'hunter2' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}PORT: /),
      '  DATABASE_URL: is required',
      expect.stringMatching(
        /^ {2}REDIS_URL: must be a URL starting with redis:\/\/ or rediss:\/\//,
      ),
      expect.stringMatching(/^ {2}AUTH_SECRET: must be at least 32 characters/),
      '  ID_ENCRYPTION_KEYS: is required',
      '  ID_HASH_KEY: is required',
    ]);
    expect(message).not.toContain('hunter2');
  });

  it('splits the CORS allow-list', () => {
    const config = loadConfig({
      ...valid,
      CORS_ORIGINS: 'https://a.example.com, https://b.example.com',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example.com', 'https://b.example.com']);
  });

  it('ticks every minute by default, and takes a cron with seconds for a faster tick', () => {
    expect(loadConfig(valid).NOTIFICATIONS_TICK_CRON).toBe('* * * * *');
    expect(
      loadConfig({ ...valid, NOTIFICATIONS_TICK_CRON: '*/2 * * * * *' }).NOTIFICATIONS_TICK_CRON,
    ).toBe('*/2 * * * * *');
    expect(() => loadConfig({ ...valid, NOTIFICATIONS_TICK_CRON: 'hourly' })).toThrow(
      /NOTIFICATIONS_TICK_CRON: must be a cron expression/,
    );
  });
});

describe('encryption keys', () => {
  it('refuses a key that is not 32 bytes, and an active key that is not listed', () => {
    expect(() => loadConfig({ ...valid, ID_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toThrow(
      /ID_ENCRYPTION_KEYS: must be/,
    );
    expect(() => loadConfig({ ...valid, ID_ENCRYPTION_ACTIVE_KEY: 'k9' })).toThrow(
      /ID_ENCRYPTION_ACTIVE_KEY: must name one of the keys/,
    );
  });
});
