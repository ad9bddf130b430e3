// Preloaded into the built API by bench-explain.mjs (node --require): appends every statement
// the process sends to PostgreSQL, with its parameters, as one JSON line to RECORD_SQL_FILE.
// Benchmark datasets only: parameters are written as they are.
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  const parameters = Array.isArray(values) ? values : config?.values;
  if (text)
    appendFileSync(
      process.env.RECORD_SQL_FILE,
      `${JSON.stringify({ at: Date.now(), connection: this.processID, text, parameters })}\n`,
    );
  return query.call(this, config, values, callback);
};
