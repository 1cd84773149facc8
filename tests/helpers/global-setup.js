/**
 * Before the API tests: build the plugin when its sources are newer than its build (the app
 * loads the built plugin only), then compile the app (tsc) once for every test file.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const plugin = path.join(root, 'plugins', 'newsroom');

const newest = (dir) => {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '__tests__') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
};

module.exports = async () => {
  const built = path.join(plugin, 'dist', 'server', 'index.js');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt < newest(plugin)) {
    execSync('npm run build:plugin --silent', { cwd: root, stdio: 'inherit' });
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: root });
};
