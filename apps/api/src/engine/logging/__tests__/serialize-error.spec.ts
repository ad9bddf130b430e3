import { QueryFailedError } from 'typeorm';
import { serializeError } from '../logging.module';

describe('errors in the logs', () => {
  it("keep a failed query's message, code and SQL, not its values or PostgreSQL's detail", () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (id_hash)=(11010519491231002X) already exists.',
      constraint: 'UQ_representatives_id_hash',
    });
    const error = new QueryFailedError(
      'INSERT INTO "users"("email", "password_hash") VALUES ($1, $2)',
      ['li@example.com', 'correct horse battery'],
      driverError,
    );
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: 'QueryFailedError',
      message: 'duplicate key value violates unique constraint',
      code: '23505',
      query: 'INSERT INTO "users"("email", "password_hash") VALUES ($1, $2)',
    });
    expect(JSON.stringify(logged)).not.toMatch(/li@example\.com|correct horse|11010519491231002X/);
  });

  it('serialises what is not an Error as its text', () => {
    expect(serializeError('boom')).toEqual({ message: 'boom' });
  });
});
