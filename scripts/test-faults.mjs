/**
 * `npm run test:faults`: the fault suite's long cases (tests/faults/): PostgreSQL restarted under
 * load (fast stop and crash stop, longer phases, higher rates) on a private cluster it starts
 * itself, Strapi killed with SIGKILL inside every write flow on SQLite and PostgreSQL, and a large
 * XLIFF import killed at random moments. Figures go to .tmp/faults/*.md. `npm test` runs the
 * short cases. Needs PostgreSQL's server binaries (/usr/lib/postgresql/<version>/bin), never the
 * shared server. Extra arguments go to jest.
 */
import { ensureDependencies, ensurePluginBuilt, run, step } from './lib/setup.mjs';

const jestArgs = process.argv.slice(2).join(' ');
const started = Date.now();
ensureDependencies();
ensurePluginBuilt();
step('Fault suite, long cases (tests/faults/)');
run(`npx jest --selectProjects faults --runInBand ${jestArgs}`, { NEWSROOM_FAULTS_LONG: 'true' });
console.log(`\nFault suite passed in ${Math.round((Date.now() - started) / 1000)} s (figures in .tmp/faults/).`);
