import type { Core } from '@strapi/strapi';

/** Names of the places a fault test may stop a write (tests/faults/kill-mid-write.test.ts). */
export type PausePoint = 'xliff-import' | 'text-import' | 'publish';

/**
 * A test-only pause point for the fault suite. Inert unless the process runs with
 * `NEWSROOM_FAULT_PAUSE_AT=<name>` (comma-separated names) and NODE_ENV is not `production`: then
 * the flow stops here (inside its transaction, after some of its writes), logs one line with
 * what the transaction has written so far (`evidence`, read inside it), and never goes on. The
 * test waits for that line and kills the process with SIGKILL, so the kill lands mid-write every
 * time instead of by luck. Costs one environment lookup otherwise.
 */
export const faultPausePoint = async (
  strapi: Core.Strapi,
  name: PausePoint,
  evidence: () => Promise<Record<string, number>>,
): Promise<void> => {
  const armed = process.env.NEWSROOM_FAULT_PAUSE_AT;
  if (!armed || process.env.NODE_ENV === 'production') return;
  if (!armed.split(',').includes(name)) return;
  strapi.log.warn(`[newsroom] fault pause point "${name}" reached, written so far: ${JSON.stringify(await evidence())}`);
  await new Promise<never>(() => undefined);
};
