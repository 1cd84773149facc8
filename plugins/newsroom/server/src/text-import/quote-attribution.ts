import { isCourtesyTitle, isNameWord, isParticle, isPronoun, isRoleWord, parseSpeakerPhrase } from './person-names';
import type { SpeakerPhrase } from './person-names';
import type { QuotationSpan } from './quotations';
import { splitSentences } from './sentences';
import { tokenise } from './tokens';
import type { Token } from './tokens';

/** Verbs of saying, as press releases use them. */
// prettier-ignore
const SAYING = new Set([
  'said', 'says', 'say', 'added', 'adds', 'recalled', 'recalls', 'stressed', 'stresses', 'noted', 'notes', 'underlined',
  'underlines', 'stated', 'states', 'declared', 'declares', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'told', 'tells', 'warned', 'warns', 'explained', 'explains', 'highlighted', 'highlights', 'remarked', 'commented',
  'insisted', 'affirmed', 'reaffirmed', 'reiterated', 'concluded', 'continued', 'observed', 'urged', 'announced',
  'underscored', 'pointed', 'asked', 'replied', 'acknowledged', 'argued', 'wrote', 'confirmed', 'assured', 'praised',
  'called', 'described',
]);

/** Words that may stand between a speaker and the verb: "Geoană also said". */
// prettier-ignore
const ADVERBS = new Set([
  'also', 'further', 'then', 'later', 'again', 'today', 'yesterday', 'recently', 'previously', 'once',
]);

/** How far from a quotation an attribution is looked for, in characters. */
const REACH = 200;
const MAX_SPEAKER_WORDS = 16;

export interface Attribution {
  speaker: SpeakerPhrase;
  /** Where the attribution was: before the quotation or after it. */
  side: 'before' | 'after';
}

const isVerb = (token: Token | undefined): boolean => token !== undefined && SAYING.has(token.word.toLowerCase());
const endsSentence = (token: Token): boolean => /[.!?]/.test(token.closes);
const isSpeakerWord = (token: Token): boolean =>
  isNameWord(token.word) || isRoleWord(token.word) || isCourtesyTitle(token.word) || isParticle(token.word);

const phrase = (text: string, tokens: readonly Token[], from: number, to: number): string => {
  const first = tokens[from];
  const last = tokens[to];
  return first && last && from <= to ? text.slice(first.index, last.end) : '';
};

const found = (speaker: SpeakerPhrase, side: Attribution['side']): Attribution | null =>
  speaker.name !== null || speaker.role !== null || speaker.pronoun ? { speaker, side } : null;

/** `“…,” he said`, `“…,” said Jens Stoltenberg, NATO Secretary General`, `“…,” Geoană said`. */
const attributionAfter = (paragraph: string, span: QuotationSpan): Attribution | null => {
  const text = paragraph.slice(span.end, span.end + REACH);
  if (/^\s*[“"«]/.test(text)) return null;
  const all = tokenise(text, MAX_SPEAKER_WORDS + 4);
  const clauseEnd = all.findIndex((token, i) => endsSentence(token) || all[i + 1]?.opens === true);
  const tokens = clauseEnd >= 0 ? all.slice(0, clauseEnd + 1) : all;
  const last = tokens.length - 1;
  // A quotation that closes its own sentence is followed by a new sentence, which may still be a bare "X said.".
  const complete = /[.]$/.test(span.inner);
  const first = tokens[0];
  if (!first) return null;

  if (isPronoun(first.word)) {
    const verbAt = isVerb(tokens[1]) ? 1 : isVerb(tokens[2]) && ADVERBS.has(tokens[1]?.word ?? '') ? 2 : -1;
    if (verbAt < 0 || (complete && verbAt !== last)) return null;
    return found(parseSpeakerPhrase(first.word), 'after');
  }
  if (isVerb(first)) {
    if (tokens[1] && isPronoun(tokens[1].word)) return found(parseSpeakerPhrase(tokens[1].word), 'after');
    let stop = 1;
    while (stop < tokens.length && stop <= MAX_SPEAKER_WORDS && isSpeakerWord(tokens[stop] as Token)) stop += 1;
    if (complete && stop <= last) return null;
    return found(parseSpeakerPhrase(phrase(text, tokens, 1, stop - 1)), 'after');
  }
  let verbAt = 0;
  while (verbAt < tokens.length && verbAt <= MAX_SPEAKER_WORDS && !isVerb(tokens[verbAt])) {
    const token = tokens[verbAt] as Token;
    if (!isSpeakerWord(token) && !ADVERBS.has(token.word)) return null;
    verbAt += 1;
  }
  if (!isVerb(tokens[verbAt]) || (complete && verbAt !== last)) return null;
  let speakerEnd = verbAt - 1;
  while (speakerEnd >= 0 && ADVERBS.has(tokens[speakerEnd]?.word ?? '')) speakerEnd -= 1;
  return found(parseSpeakerPhrase(phrase(text, tokens, 0, speakerEnd)), 'after');
};

/** The sentence that leads into the quotation, from its start to the opening mark. */
const leadIn = (paragraph: string, span: QuotationSpan, from: number): string => {
  const before = paragraph.slice(Math.max(from, span.open - REACH), span.open);
  const sentences = splitSentences(before);
  return sentences[sentences.length - 1]?.text ?? '';
};

/** `Mr. Geoana recalled that “…”`, `He added: “…”`, `According to Geoană, “…”`, `Geoană told reporters: “…”`. */
const attributionBefore = (paragraph: string, span: QuotationSpan, from: number): Attribution | null => {
  const text = leadIn(paragraph, span, from);
  const tokens = tokenise(text);
  let last = tokens.length - 1;
  // "Geoană said. “…”": that sentence is over; it does not lead into the quotation.
  if (!tokens[last] || endsSentence(tokens[last] as Token)) return null;
  if (tokens[last]?.word.toLowerCase() === 'that') last -= 1;
  const head = tokens[0]?.word.toLowerCase();
  if (head === 'according' && tokens[1]?.word.toLowerCase() === 'to' && last >= 2) {
    return found(parseSpeakerPhrase(phrase(text, tokens, 2, last)), 'before');
  }
  // "told reporters", "told the press": the verb may have an object of a few words.
  let verbAt = last;
  while (verbAt >= 0 && verbAt > last - 4 && !isVerb(tokens[verbAt])) verbAt -= 1;
  if (verbAt < 0 || !isVerb(tokens[verbAt])) return null;
  if (verbAt !== last && !['told', 'pointed', 'called', 'described'].includes(tokens[verbAt]?.word.toLowerCase() ?? ''))
    return null;
  let speakerEnd = verbAt - 1;
  while (speakerEnd >= 0 && ADVERBS.has(tokens[speakerEnd]?.word ?? '')) speakerEnd -= 1;
  const lastSpeaker = tokens[speakerEnd];
  if (lastSpeaker && isPronoun(lastSpeaker.word) && speakerEnd === 0)
    return found(parseSpeakerPhrase(lastSpeaker.word), 'before');
  let speakerStart = speakerEnd;
  while (speakerStart > 0 && speakerEnd - speakerStart < MAX_SPEAKER_WORDS) {
    const previous = tokens[speakerStart - 1] as Token;
    if (!isSpeakerWord(previous) || endsSentence(previous)) break;
    speakerStart -= 1;
  }
  return found(parseSpeakerPhrase(phrase(text, tokens, speakerStart, speakerEnd)), 'before');
};

/**
 * Who a quotation is attributed to, looking first at the words that lead into it and then at the
 * words that follow it. `from` is where the text before it may start (the end of the previous quotation).
 */
export const findAttribution = (paragraph: string, span: QuotationSpan, from: number): Attribution | null =>
  attributionBefore(paragraph, span, from) ?? attributionAfter(paragraph, span);
