import type { Attribution } from './quote-attribution';
import type { QuotationSpan } from './quotations';
import { parseFrenchSpeaker } from './speakers-fr';

// prettier-ignore
const VERBS = [
  'déclaré', 'ajouté', 'affirmé', 'souligné', 'précisé', 'estimé', 'expliqué', 'rappelé', 'indiqué', 'insisté',
  'assuré', 'annoncé', 'poursuivi', 'conclu', 'martelé', 'jugé', 'commenté', 'noté', 'relevé', 'observé', 'dit',
  'averti', 'confié', 'lancé', 'résumé', 'reconnu', 'salué',
].join('|');
// prettier-ignore
const PRESENT = [
  'déclare', 'ajoute', 'affirme', 'souligne', 'précise', 'estime', 'explique', 'rappelle', 'indique', 'insiste',
  'assure', 'annonce', 'poursuit', 'conclut', 'martèle', 'juge', 'commente', 'note', 'relève', 'observe', 'dit',
].join('|');

const REACH = 220;
/** `», a-t-il ajouté.` */
const PRONOUN_AFTER = new RegExp(`^\\s*,?\\s*(?:a|ont|avait)-t-(il|elle|ils|elles)\\s+(?:${VERBS})(?![\\p{L}])`, 'iu');
/** `», a déclaré le ministre des Armées, Sébastien Lecornu.` `», déclare Ian Borg.` */
const SPEAKER_AFTER = new RegExp(
  `^\\s*,?\\s*(?:(?:a|ont|avait)\\s+(?:${VERBS})|${PRESENT})(?![\\p{L}])\\s+([^.;!?«»“”"]{1,200}?)\\s*(?:[.;!?«“"]|$)`,
  'iu',
);
/** `Ian Borg a déclaré : «` `Selon la ministre, «` */
const SPEAKER_BEFORE = new RegExp(
  `(?:^|[.!?»”]\\s+)([^.!?«»“”]{1,200}?)\\s+(?:a|ont)\\s+(?:${VERBS})(?:\\s+(?:que|qu[’']))?\\s*:?\\s*$`,
  'iu',
);
const ACCORDING_TO = /(?:^|[.!?»”]\s+|\s)selon\s+([^.!?«»“”,]{1,120}),?\s*$/iu;

const found = (phrase: string, side: Attribution['side']): Attribution | null => {
  const speaker = parseFrenchSpeaker(phrase);
  return speaker.name !== null || speaker.role !== null || speaker.pronoun ? { speaker, side } : null;
};

/** Who a quotation in a French text is attributed to: the words that follow it first, then those before it. */
export const findFrenchAttribution = (paragraph: string, span: QuotationSpan, from: number): Attribution | null => {
  const after = paragraph.slice(span.end, span.end + REACH);
  if (!/^\s*[«“"]/.test(after)) {
    const pronoun = PRONOUN_AFTER.exec(after);
    if (pronoun) return { speaker: { name: null, role: null, pronoun: true }, side: 'after' };
    const named = SPEAKER_AFTER.exec(after);
    if (named?.[1]) {
      const attribution = found(named[1], 'after');
      if (attribution) return attribution;
    }
  }
  const before = paragraph.slice(Math.max(from, span.open - REACH), span.open);
  const lead = SPEAKER_BEFORE.exec(before) ?? ACCORDING_TO.exec(before);
  return lead?.[1] ? found(lead[1], 'before') : null;
};
