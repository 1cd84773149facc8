/**
 * The parser's notes as codes with parameters, so that the admin shows them in the interface's
 * language (`newsroom.import.note.<code>` in admin/src/translations). The English message stays as
 * the fallback. One pattern per message the parser writes; `other` for anything not listed.
 */
export interface CodedNote {
  code: string;
  params: Record<string, string>;
}

const Q = '[“"](.*)[”"]';
// prettier-ignore
const PATTERNS: ReadonlyArray<readonly [RegExp, string, readonly string[]]> = [
  [/^Release date taken from the first date in the first paragraph \((.+)\); check it\.$/, 'releaseDateFirstParagraph', ['date']],
  [/^Release date taken from the first date in the text \((.+)\); check it\.$/, 'releaseDateInText', ['date']],
  [/^No release date found in the text\.$/, 'releaseDateMissing', []],
  [new RegExp(`^Skipped ${Q}: a label, not part of the release\\.$`), 'skippedLabel', ['line']],
  [/^No title found: (.*)\.$/, 'titleMissing', ['reason']],
  [/^No dateline found; place left empty\.$/, 'datelineMissing', []],
  [/^No body text found\.$/, 'bodyMissing', []],
  [/^(.+) is not among the known people; a new person would be needed\.$/, 'personUnknown', ['name']],
  [/^The text could not be fully read \((.*)\); only its paragraphs are proposed\.$/, 'textUnreadable', ['error']],
  [/^Stopped reading deployments after (\d+) mentions\.$/, 'deploymentsCapped', ['max']],
  [/^Deployment (\d+): mission (.+) taken from the rest of the text\.$/, 'deploymentMissionFromText', ['number', 'mission']],
  [/^Deployment (\d+): no status stated; proposed as deployed\.$/, 'deploymentStatusMissing', ['number']],
  [/^Deployment (\d+): no personnel figure given\.$/, 'deploymentFigureMissing', ['number']],
  [/^Deployment (\d+): nation (\w+) taken from an earlier sentence; check it\.$/, 'deploymentNationInferred', ['number', 'nation']],
  [/^Deployment (\d+): (.+) is said of several forces at once; check it\.$/, 'deploymentPlaceShared', ['number', 'place']],
  [/^Deployment (\d+): no mission found; fill it in before saving\.$/, 'deploymentMissionMissing', ['number']],
  [/^No deployments found \(no personnel figures, units or reinforcements\)\.$/, 'deploymentsNone', []],
  [/^Quote (\d+): the pronoun is taken to mean (.+), the last speaker named\.$/, 'quotePronounLastSpeaker', ['number', 'name']],
  [/^Quote (\d+): no speaker is named before it; the pronoun is taken to mean (.+), last named\.$/, 'quotePronounLastNamed', ['number', 'name']],
  [/^Quote (\d+) is attributed to a pronoun, but nobody is named before it\.$/, 'quotePronounNobody', ['number']],
  [new RegExp(`^Quote (\\d+): ${Q} could be several people; (.+) taken\\.$`), 'quoteAmbiguousName', ['number', 'name', 'person']],
  [new RegExp(`^Quote (\\d+) is attributed to ${Q}, who is not named\\.$`), 'quoteRoleUnnamed', ['number', 'role']],
  [new RegExp(`^Quote (\\d+): ${Q} is taken to mean (.+), named earlier with that office\\.$`), 'quoteRoleResolved', ['number', 'role', 'name']],
  [/^Quote (\d+) has no attribution; taken as (.+)’s, like the quote before it\.$/, 'quoteSameAsPrevious', ['number', 'name']],
  [/^Quote (\d+) has no closing quotation mark; it runs to the end of the paragraph\.$/, 'quoteUnclosed', ['number']],
  [/^Quote (\d+) goes on in the next paragraph; its speaker is taken from there\.$/, 'quoteContinues', ['number']],
  [/^Quote (\d+) has no identifiable speaker\.$/, 'quoteNoSpeaker', ['number']],
  [/^No quotations found\.$/, 'quotesNone', []],
  [/^(\d+) more notes left out\.$/, 'notesDropped', ['count']],
];

/** The code and parameters of one of the parser's notes; `other` (with the message) for one not listed. */
export const codeNote = (message: string): CodedNote => {
  for (const [pattern, code, names] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { code, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
  }
  return { code: 'other', params: { message } };
};

/** Every code, for the check that both translation files have them all. */
export const NOTE_CODES: readonly string[] = [...PATTERNS.map(([, code]) => code), 'other', 'duplicate'];
