import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCodegenConfig, DASHBOARD_CODEGEN_OUTPUT } from '../../codegen';

const workspaceRoot = resolve(__dirname, '../../../..');
const committedDirectory = join(workspaceRoot, DASHBOARD_CODEGEN_OUTPUT);

// `generate` runs in a child Node process: @graphql-codegen/cli pulls in ES-module-only packages
// (yargs) that jest's CommonJS runtime cannot load, while Node itself can.
const GENERATE_SCRIPT = `
  const { generate } = require('@graphql-codegen/cli');
  generate({ ...JSON.parse(process.env.CODEGEN_CONFIG), cwd: process.cwd(), silent: true }, true)
    .then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
`;

const listFiles = (directory: string) => readdirSync(directory).sort();

describe('generated GraphQL client types', () => {
  let freshDirectory: string;

  beforeAll(() => {
    freshDirectory = mkdtempSync(join(tmpdir(), 'veridesk-codegen-'));
    const config = createCodegenConfig(`${freshDirectory}/`);
    execFileSync(process.execPath, ['-e', GENERATE_SCRIPT], {
      cwd: workspaceRoot,
      env: { ...process.env, CODEGEN_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  });

  afterAll(() => rmSync(freshDirectory, { recursive: true, force: true }));

  it('are what codegen writes from apps/api/schema.graphql and the module documents', () => {
    expect(listFiles(committedDirectory)).toEqual(listFiles(freshDirectory));
    for (const file of listFiles(freshDirectory)) {
      // A difference means the schema or a document changed: run `npx nx run dashboard:codegen`
      // and commit apps/dashboard/src/generated.
      expect({ file, content: readFileSync(join(committedDirectory, file), 'utf8') }).toEqual({
        file,
        content: readFileSync(join(freshDirectory, file), 'utf8'),
      });
    }
  });
});
