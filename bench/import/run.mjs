// npm run bench:import [-- --details] : accuracy of "Import from text" on the corpus in
// bench/import-corpus/{dev,held-out}. --details lists the wrong fields of the dev part only.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { DEPLOYMENT_FIELDS, QUOTE_FIELDS, RELEASE_FIELDS, scoreRelease } from './score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(root, 'bench/import-corpus');
const details = process.argv.includes('--details');
// While tuning the parser: score the dev part only, so the held-out part stays unseen.
const devOnly = process.argv.includes('--dev-only');

const loadParser = async () => {
  const outdir = join(root, '.tmp/bench-import');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `parser-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'plugins/newsroom/server/src/text-import/parse-press-release.ts')],
    bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)).parsePressRelease;
};

const readPart = (part) =>
  readdirSync(join(corpus, part)).filter((file) => file.endsWith('.txt')).sort().map((file) => ({
    name: file.replace(/\.txt$/, ''),
    text: readFileSync(join(corpus, part, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(corpus, part, file.replace(/\.txt$/, '.json')), 'utf8')),
  }));

const percent = (right, total) => (total ? `${((100 * right) / total).toFixed(1)}%` : '-');

const runPart = (parse, part) => {
  const releases = readPart(part);
  const tally = new Map();
  let falseQuotes = 0;
  let falseDeployments = 0;
  let elapsed = 0;
  let cpu = 0;
  for (const release of releases) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const proposal = parse(release.text);
    elapsed += Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpuStart);
    cpu += (used.user + used.system) / 1000;
    const score = scoreRelease(release.expected, proposal);
    falseQuotes += score.falseQuotes;
    falseDeployments += score.falseDeployments;
    for (const row of score.rows) {
      const key = `${row.kind}.${row.field}`;
      const entry = tally.get(key) ?? { right: 0, total: 0 };
      entry.right += row.right ? 1 : 0;
      entry.total += 1;
      tally.set(key, entry);
    }
    if (details && part === 'dev') {
      const wrong = score.rows.filter((row) => !row.right).map((row) => `${row.kind}.${row.field}`);
      if (wrong.length || score.falseQuotes || score.falseDeployments) {
        console.log(`  ${release.name}: wrong ${wrong.join(', ') || '-'}; false q ${score.falseQuotes} d ${score.falseDeployments}`);
        console.log(JSON.stringify({ language: proposal.language, issuedAt: proposal.issuedAt, place: proposal.place,
          quotes: proposal.quotes.map((q) => [q.text.slice(0, 30), q.speakerName, q.speakerRole]),
          deployments: proposal.deployments.map((d) => Object.fromEntries(DEPLOYMENT_FIELDS.map((f) => [f, d[f]]))) }));
      }
    }
  }
  return { releases: releases.length, tally, falseQuotes, falseDeployments, msPerRelease: elapsed / releases.length, cpuMsPerRelease: cpu / releases.length };
};

const parse = await loadParser();
parse('Warm-up\nA first run so the timings do not include compilation.');
const parts = devOnly ? { dev: runPart(parse, 'dev') } : { dev: runPart(parse, 'dev'), 'held-out': runPart(parse, 'held-out') };

const keys = [
  ...RELEASE_FIELDS.map((f) => `release.${f}`),
  ...QUOTE_FIELDS.map((f) => `quote.${f}`),
  ...DEPLOYMENT_FIELDS.map((f) => `deployment.${f}`),
];
const rows = [['field', ...Object.keys(parts)]];
for (const key of keys) {
  rows.push([key, ...Object.values(parts).map(({ tally }) => {
    const entry = tally.get(key);
    return entry ? `${percent(entry.right, entry.total)} (${entry.right}/${entry.total})` : '-';
  })]);
}
const sum = (tally) => [...tally.values()].reduce((acc, e) => ({ right: acc.right + e.right, total: acc.total + e.total }), { right: 0, total: 0 });
rows.push(['OVERALL', ...Object.values(parts).map(({ tally }) => { const s = sum(tally); return `${percent(s.right, s.total)} (${s.right}/${s.total})`; })]);
rows.push(['releases', ...Object.values(parts).map((p) => String(p.releases))]);
rows.push(['false quotes', ...Object.values(parts).map((p) => String(p.falseQuotes))]);
rows.push(['false deployments', ...Object.values(parts).map((p) => String(p.falseDeployments))]);
rows.push(['ms per release (wall)', ...Object.values(parts).map((p) => p.msPerRelease.toFixed(2))]);
rows.push(['ms per release (CPU)', ...Object.values(parts).map((p) => p.cpuMsPerRelease.toFixed(2))]);

const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));

const overall = Object.values(parts).map(({ tally }) => { const s = sum(tally); return s.right / s.total; });
const clean = Object.values(parts).every((p) => p.falseQuotes === 0 && p.falseDeployments === 0);
process.exitCode = overall.every((value) => value >= 0.9) && clean ? 0 : 1;
