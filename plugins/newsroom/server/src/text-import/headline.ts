export const MAX_TITLE_LENGTH = 200;

/** Lines a release carries around its text that belong to no field: labels, embargo lines, end marks. */
const BOILERPLATE = new RegExp(
  [
    '(?:press|news|media) release\\b.{0,40}',
    'for immediate release\\.?',
    'press statement',
    'statement',
    'communiqu[eé]',
    'embargo(?:ed)?\\b.{0,80}',
    '#{3,}',
    '-*\\s*ends?\\s*-*',
    '\\[?end\\]?',
    '\\*{3,}',
  ]
    .map((label) => `^${label}$`)
    .join('|'),
  'i',
);

export const isBoilerplate = (line: string): boolean => line.length <= 120 && BOILERPLATE.test(line);

export interface Headline {
  title: string | null;
  /** Why the first line is not the title, when it is not. */
  reason: string | null;
  /** The lines after the title (all lines when there is none), boilerplate removed from the top. */
  body: string[];
  skipped: string[];
}

/** Why `line` cannot be a headline, or null when it can. */
const notAHeadline = (line: string, hasBody: boolean): string | null => {
  if (!hasBody) return 'the text is a single paragraph';
  if (line.length > MAX_TITLE_LENGTH) return `the first line is longer than ${MAX_TITLE_LENGTH} characters`;
  if (/[.,;:]$/.test(line) && !/\.\.\.$|…$/.test(line)) return 'the first line ends like a sentence';
  if (/^[“"«‘]/.test(line)) return 'the first line is a quotation';
  if (line.split(' ').length < 2) return 'the first line is a single word';
  return null;
};

/**
 * The headline: the first non-empty line, when it is short and does not end like a sentence
 * and text follows it. Labels such as "PRESS RELEASE" or "For immediate release" above it are skipped.
 * `lines` are normalised lines; blank lines are kept in `body` to separate paragraphs.
 */
export const takeHeadline = (lines: readonly string[]): Headline => {
  const skipped: string[] = [];
  let at = 0;
  while (at < lines.length && (lines[at] === '' || isBoilerplate(lines[at] ?? ''))) {
    if (lines[at]) skipped.push(lines[at] ?? '');
    at += 1;
  }
  const first = lines[at];
  if (first === undefined) return { title: null, reason: 'the text is empty', body: [], skipped };
  const rest = lines.slice(at + 1);
  const reason = notAHeadline(
    first,
    rest.some((line) => line !== '' && !isBoilerplate(line)),
  );
  if (reason) return { title: null, reason, body: lines.slice(at), skipped };
  return { title: first, reason: null, body: rest, skipped };
};
