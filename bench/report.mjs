/**
 * Tables, target verdicts and bench/results.md from the measured runs.
 * A run: { db, releases, seed: { rows, insertMs, analyzeMs }, cases: [measure() results] }.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const DB_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

const fixed = (value, digits) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const rate = (value) => fixed(value, value < 100 ? 1 : 0);
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)}×` : '–');
const thousands = (n) => n.toLocaleString('en-US');
const byId = (run) => Object.fromEntries(run.cases.map((c) => [c.id, c]));

export const runTitle = (run) => `${DB_NAMES[run.db]}, ${thousands(run.releases)} releases`;

/** One Markdown table per run: every case with its ratios to the stock list (b) and the floor (g). */
export const caseTable = (run) => {
  const cases = byId(run);
  const stock = cases.b;
  const floor = cases.g;
  const withDb = run.cases.some((c) => c.dbCpuMsPerRequest !== null);
  const head = ['case', 'req/s', 'p50 ms', 'p99 ms', 'bytes/resp', 'CPU ms/req', ...(withDb ? ['DB CPU ms/req'] : []), 'load-gen CPU ms/req', 'req/s ÷ (b)', 'req/s ÷ (g)', 'CPU ÷ (g)'];
  const rows = run.cases.map((c) => [
    `(${c.id}) ${c.label}`,
    rate(c.rps),
    fixed(c.p50, 0),
    fixed(c.p99, 0),
    thousands(Math.round(c.bytes)),
    fixed(c.cpuMsPerRequest, 2),
    ...(withDb ? [fixed(c.dbCpuMsPerRequest, 2)] : []),
    fixed(c.clientCpuMsPerRequest, 2),
    stock ? times(c.rps / stock.rps) : '–',
    floor ? times(c.rps / floor.rps) : '–',
    floor ? times(c.cpuMsPerRequest / floor.cpuMsPerRequest) : '–',
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
};

const verdict = (met, text) => `- ${met ? '**met**' : '**not met**'}: ${text}`;

/** Capacity ratio by CPU time per request (steadier than req/s on a shared machine). */
const byCpu = (ours, theirs) => `by CPU/request ${times(theirs.cpuMsPerRequest / ours.cpuMsPerRequest)}`;

/** The issue's targets, judged on whichever runs measured them, with what bounds the misses. */
export const verdicts = (runs) => {
  const lines = [];
  for (const db of [...new Set(runs.map((run) => run.db))]) {
    const mine = runs.filter((run) => run.db === db);
    const at = (n) => mine.find((run) => run.releases === n);
    lines.push(`\n#### ${DB_NAMES[db]}\n`);
    const small = at(1000);
    if (small) {
      const { a, a0, b, g, h } = byId(small);
      const ratio = a.rps / b.rps;
      const cpu = a.cpuMsPerRequest / g.cpuMsPerRequest;
      lines.push(
        verdict(ratio >= 4, `list at 1,000 releases ≥4× stock req/s: ${times(ratio)} (${rate(a.rps)} vs ${rate(b.rps)} req/s; ${byCpu(a, b)}; memory cache off: ${times(a0.rps / b.rps)})`),
        verdict(a.p99 <= 30, `list at 1,000 p99 ≤30 ms: ${fixed(a.p99, 0)} ms (memory cache off: ${fixed(a0.p99, 0)} ms)`),
        verdict(
          cpu <= 1.5,
          `list at 1,000 CPU/request within 1.5× the floor's: ${fixed(a.cpuMsPerRequest, 2)} vs ${fixed(g.cpuMsPerRequest, 2)} ms = ${times(cpu)} ` +
            `(memory cache off: ${times(a0.cpuMsPerRequest / g.cpuMsPerRequest)}; Strapi's /_health alone: ${fixed(h.cpuMsPerRequest, 2)} ms = ${times(h.cpuMsPerRequest / g.cpuMsPerRequest)})`,
        ),
      );
    } else {
      lines.push('- list at 1,000 releases: not measured in this run (`--releases=1000,...`)');
    }
    const large = at(100000);
    if (large) {
      const { a, a0, b } = byId(large);
      const ratio = a.rps / b.rps;
      lines.push(verdict(ratio >= 10, `list at 100,000 releases ≥10× stock: ${times(ratio)} (${rate(a.rps)} vs ${rate(b.rps)} req/s; ${byCpu(a, b)}; memory cache off: ${times(a0.rps / b.rps)})`));
      if (small) {
        const p50 = byId(small).a.p50;
        lines.push(verdict(a.p50 <= 1.5 * p50, `list at 100,000 p50 within 1.5× ours at 1,000: ${fixed(a.p50, 0)} vs ${fixed(p50, 0)} ms (memory cache off: ${fixed(a0.p50, 0)} vs ${fixed(byId(small).a0.p50, 0)} ms)`));
      }
    } else {
      lines.push('- list at 100,000 releases: not measured in this run (`--releases=100000`)');
    }
    for (const run of mine) {
      const { b, c, c0, d, e, h } = byId(run);
      const detail = c.rps / d.rps;
      const notModified = e.rps / b.rps;
      lines.push(
        verdict(detail >= 4, `detail ≥4× stock findOne at ${thousands(run.releases)}: ${times(detail)} (${rate(c.rps)} vs ${rate(d.rps)} req/s; ${byCpu(c, d)}; memory cache off: ${times(c0.rps / d.rps)})`),
        verdict(
          notModified >= 15,
          `304 ≥15× the stock list at ${thousands(run.releases)}: ${times(notModified)} (${rate(e.rps)} vs ${rate(b.rps)} req/s; ${byCpu(e, b)}; ` +
            `ceiling for any Strapi route here, /_health: ${rate(h.rps)} req/s = ${times(h.rps / b.rps)})`,
        ),
      );
    }
  }
  return lines.join('\n');
};

/** What bounds the figures, computed from the same runs. */
export const bounds = (runs) =>
  runs
    .map((run) => {
      const { a, b, c, e, f2, g, h } = byId(run);
      return [
        `- ${runTitle(run)}: Strapi's middleware stack alone (/_health) costs ${fixed(h.cpuMsPerRequest, 2)} CPU ms per request ` +
          `(${fixed(h.cpuMsPerRequest / g.cpuMsPerRequest * 100, 0)}% of the floor's whole request) and answers ${rate(h.rps)} req/s: ` +
          `no route of this app can beat the stock list by more than ${times(h.rps / b.rps)} here.`,
        `  Our cached answers cost ${fixed(c.cpuMsPerRequest, 2)} ms (detail), ${fixed(f2.cpuMsPerRequest, 2)} ms (RSS, ${thousands(Math.round(f2.bytes))} bytes) ` +
          `but ${fixed(a.cpuMsPerRequest, 2)} ms (list, ${thousands(Math.round(a.bytes))} bytes) and ${fixed(e.cpuMsPerRequest, 2)} ms (list 304, no body): ` +
          `${fixed(e.cpuMsPerRequest - c.cpuMsPerRequest, 2)} ms per request are spent by the list before it looks at its cache.`,
        `  The server is one Node process, so its req/s is bounded by about 1000 / (CPU ms/req) on one CPU (our detail: ` +
          `${fixed(1000 / c.cpuMsPerRequest, 0)}, measured ${rate(c.rps)}). The load generator shares the CPUs: ${fixed(c.clientCpuMsPerRequest, 2)} CPU ms ` +
          `per request on our detail (${fixed(c.clientCpuMsPerRequest * c.rps / 10, 0)}% of one CPU), ${fixed(b.clientCpuMsPerRequest, 2)} ms on the stock list.`,
        `  Latency follows throughput (Little's law, 10 connections): mean latency ≈ 10 / req/s, so p99 ≤30 ms needs well over 333 req/s; ` +
          `our list's ${rate(a.rps)} req/s gives a mean of ${fixed(10000 / a.rps, 0)} ms.`,
      ].join('\n');
    })
    .join('\n');

const sh = (command, args) => {
  try {
    return execFileSync(command, args).toString().trim();
  } catch {
    return 'unknown';
  }
};

export const machine = () => {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpus: sh('nproc', []),
    model,
    ramGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
};

export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export const seedTable = (runs) =>
  [
    '| database | releases | rows inserted | insert s | rows/s | (VACUUM) ANALYZE s | first boot s (schema) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (run) =>
        `| ${DB_NAMES[run.db]} | ${thousands(run.releases)} | ${thousands(run.seed.rows)} | ${fixed(run.seed.insertMs / 1000, 1)} | ` +
        `${thousands(Math.round(run.seed.rows / (run.seed.insertMs / 1000)))} | ${fixed(run.seed.analyzeMs / 1000, 1)} | ${fixed(run.firstBootMs / 1000, 1)} |`,
    ),
  ].join('\n');

export const resultsMarkdown = ({ runs, options, command, started, finished, versions, loadBefore, loadAfter }) => {
  const m = machine();
  return `# Newsroom benchmark results

Produced by \`${command}\` (see [README.md](README.md) for what each case is and how it is measured).

- Date: ${started.toISOString()} to ${finished.toISOString()}
- Machine: ${m.cpus} CPUs (${m.model}), ${m.ramGiB} GiB RAM, ${m.os}; Node ${m.node}
- Databases: ${Object.values(versions).join('; ')}
- Load: autocannon, ${options.connections} connections, ${options.duration} s per case after a ${options.warmup} s warm-up, from the same machine (the load generator shares the CPUs with the server: CPU ms/request is the steadier figure)
- Load average before / after: ${loadBefore} / ${loadAfter} (other jobs were running on this shared machine)

## Seeding (bulk inserts, 3 locales, draft + published rows)

${seedTable(runs)}

${runs.map((run) => `## ${runTitle(run)}\n\n${caseTable(run)}`).join('\n\n')}

## Targets
${verdicts(runs)}

## What bounds the figures

${bounds(runs)}
`;
};
