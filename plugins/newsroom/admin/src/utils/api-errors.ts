import type { VersionChange } from '../../../shared/contracts/dashboard';

/** An error as RTK Query on Strapi's adminApi hands it over (Strapi's error shape). */
export interface ApiFailure {
  name?: string;
  message?: string;
  status?: number;
  details?: {
    errors?: Array<{ path?: Array<string | number>; message?: string }>;
    currentVersion?: string;
    changes?: unknown[];
  };
}

const asFailure = (error: unknown): ApiFailure =>
  error && typeof error === 'object' ? (error as ApiFailure) : { message: String(error) };

/** The field errors of a 400 (`details.errors[].path`), by the path's first segment. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  const errors = asFailure(error).details?.errors ?? [];
  const byField: Record<string, string> = {};
  for (const entry of errors) {
    const field = entry.path?.[0];
    if (field !== undefined && byField[String(field)] === undefined) byField[String(field)] = entry.message ?? '';
  }
  return byField;
};

/** A 409 from a stale write (If-Match): what changed since the editor loaded the release. */
export const conflictOf = (error: unknown): { changes: ConflictChange[] } | null => {
  const failure = asFailure(error);
  if (failure.status !== 409 && failure.name !== 'ConflictError') return null;
  const changes = (failure.details?.changes ?? []).map((change): ConflictChange => {
    if (typeof change === 'string') return change;
    const candidate = change as Partial<VersionChange>;
    return typeof candidate.part === 'string' && typeof candidate.kind === 'string' ? (change as VersionChange) : JSON.stringify(change);
  });
  return { changes };
};

/** One change a 409 reports: the server's structured change, or a text as it came. */
export type ConflictChange = VersionChange | string;
