import type { z } from 'zod';

/** One reason a write is refused, named by the field it concerns. */
export interface FieldIssue {
  path: string[];
  message: string;
}

export type WriteMode = 'create' | 'update';

export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path.map(String), key], message: `unknown parameter "${key}"` }))
      : [{ path: issue.path.map(String), message: issue.message }],
  );

/**
 * Validates the fields a write carries. On create the schema applies whole (required fields
 * must be there); on update only the fields present are checked.
 */
export const checkWrite = <S extends z.ZodObject>(
  schema: S,
  data: Record<string, unknown>,
  mode: WriteMode,
): FieldIssue[] => {
  const result = (mode === 'create' ? schema : schema.partial()).safeParse(data);
  return result.success ? [] : toFieldIssues(result.error);
};
