/**
 * Polls `check` until it returns true (the admin re-renders lists as its queries settle: read a
 * count once and it may be a loading state). Throws `message` with the last value on timeout.
 */
export const waitUntil = async (
  check: () => Promise<boolean>,
  { timeout = 30_000, interval = 200, message = 'condition' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<void> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
};
