/**
 * Open-loop load for the fault tests: each stream fires requests at a fixed rate whatever the
 * server does (a stalled server does not slow the load down, as real readers do not wait for each
 * other), with a cap on requests in flight. Every request is recorded with its start, end,
 * status and whether its body leaked a stack trace, for per-phase figures.
 */
export interface Sample {
  stream: string;
  start: number;
  end: number;
  /** HTTP status, 0 for a network error or a timeout. */
  status: number;
  body: string;
  /** What the request wrote (for write streams), to look for in the database afterwards. */
  marker?: string;
}

export interface Stream {
  name: string;
  /** Requests per second. */
  rate: number;
  /** Builds the n-th request. */
  request(n: number): { url: string; init?: RequestInit; marker?: string };
}

export interface PhaseFigures {
  phase: string;
  seconds: number;
  requests: number;
  ok: number;
  errors: number;
  /** 2xx answers per second. */
  okPerSecond: number;
  /** 99th percentile latency of every answer (ms). */
  p99: number;
  p50: number;
}

const STACK = /\n\s+at .+\(.*:\d+:\d+\)|node_modules\//;

export const leaksStack = (body: string) => STACK.test(body);

export const runLoad = (baseURL: string, streams: Stream[], options: { maxInFlight?: number; timeoutMs?: number } = {}) => {
  const samples: Sample[] = [];
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = options.maxInFlight ?? 50;
  let skipped = 0;
  const timers: NodeJS.Timeout[] = [];

  const fire = (stream: Stream, n: number) => {
    if (inFlight.size >= maxInFlight) {
      skipped += 1;
      return;
    }
    const { url, init, marker } = stream.request(n);
    const start = Date.now();
    const done = (async () => {
      let status = 0;
      let body = '';
      try {
        const response = await fetch(`${baseURL}${url}`, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
        status = response.status;
        body = await response.text();
      } catch (error) {
        body = String((error as Error).message);
      }
      samples.push({ stream: stream.name, start, end: Date.now(), status, body: body.slice(0, 4000), marker });
    })();
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };

  for (const stream of streams) {
    let n = 0;
    const started = Date.now();
    const tick = () => {
      // Catch up on ticks a busy event loop delayed, so the offered rate stays the configured one.
      const due = Math.floor(((Date.now() - started) / 1000) * stream.rate);
      while (n < due) fire(stream, n++);
    };
    timers.push(setInterval(tick, Math.max(5, Math.floor(1000 / stream.rate / 2))));
  }

  return {
    samples,
    skipped: () => skipped,
    /** Stops firing and waits for the requests in flight. */
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([...inFlight]);
      return samples;
    },
  };
};

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

export const isOk = (sample: Sample) => sample.status >= 200 && sample.status < 300;

/** Figures for the samples answered in [from, to) (throughput counts answers, as a client sees them). */
export const phaseFigures = (phase: string, samples: Sample[], from: number, to: number): PhaseFigures => {
  const inPhase = samples.filter((sample) => sample.end >= from && sample.end < to);
  const seconds = Math.max(0.001, (to - from) / 1000);
  const ok = inPhase.filter(isOk).length;
  const latencies = inPhase.map((sample) => sample.end - sample.start);
  return {
    phase,
    seconds: Math.round(seconds * 10) / 10,
    requests: inPhase.length,
    ok,
    errors: inPhase.length - ok,
    okPerSecond: Math.round((ok / seconds) * 10) / 10,
    p99: percentile(latencies, 99),
    p50: percentile(latencies, 50),
  };
};

export const formatFigures = (title: string, rows: PhaseFigures[]) =>
  [
    title,
    '| phase | s | requests | 2xx | errors | 2xx/s | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.phase} | ${r.seconds} | ${r.requests} | ${r.ok} | ${r.errors} | ${r.okPerSecond} | ${r.p50} | ${r.p99} |`),
  ].join('\n');
