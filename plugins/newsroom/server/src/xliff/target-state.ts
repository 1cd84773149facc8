/**
 * What a target's state says, in XLIFF 1.2 (`<target state>`) and 2.x (`<segment state>`):
 *
 * - untranslated: 1.2 `new`, `needs-translation`; 2.x `initial`. CAT tools write these for segments
 *   nobody translated yet, often with a copy of the source: skipped, whatever the target holds.
 * - confirmed: 1.2 `final`, `signed-off`; 2.x `reviewed`, `final`. The translator approved the target:
 *   sent back unchanged, it confirms an outdated translation (the field becomes current).
 * - translated: everything else (1.2 `translated`, `needs-l10n`, `needs-adaptation`, `needs-review-*`,
 *   `x-` values; 2.x `translated`) and no state at all: applied.
 */
import type { XliffVersion } from './types';

export type TargetDisposition = 'untranslated' | 'translated' | 'confirmed';

const UNTRANSLATED_12: ReadonlySet<string> = new Set(['new', 'needs-translation']);
const CONFIRMED_12: ReadonlySet<string> = new Set(['final', 'signed-off']);
const UNTRANSLATED_2: ReadonlySet<string> = new Set(['initial']);
const CONFIRMED_2: ReadonlySet<string> = new Set(['reviewed', 'final']);

export const targetDisposition = (version: XliffVersion, state: string | null): TargetDisposition => {
  if (state === null) return 'translated';
  const value = state.trim();
  const [untranslated, confirmed] = version === '1.2' ? [UNTRANSLATED_12, CONFIRMED_12] : [UNTRANSLATED_2, CONFIRMED_2];
  if (untranslated.has(value)) return 'untranslated';
  if (confirmed.has(value)) return 'confirmed';
  return 'translated';
};
