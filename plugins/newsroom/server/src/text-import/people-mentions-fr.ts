import { ROLE_RANK } from './people-registry';
import type { PersonMention } from './people-mentions';
import { splitSentences } from './sentences';
import { FRENCH_OFFICE, parseFrenchSpeaker } from './speakers-fr';

const OPENS_WITH_OFFICE = /^(?:[«“"]\s*)?(?:le|la|l[’'])\s*/iu;

/**
 * People a French paragraph introduces with their office: "La ministre italienne de la Défense, Anna
 * Rossi, a salué …", "Le chef de mission et commandant de la Force, le général de division Aroldo
 * Lázaro, …", "le ministre des Affaires étrangères Ian Borg".
 */
export const findFrenchPersonMentions = (paragraph: string, paragraphIndex: number): PersonMention[] => {
  const mentions: PersonMention[] = [];
  for (const sentence of splitSentences(paragraph.slice(0, 20_000))) {
    // Quotations speak; they introduce nobody.
    const parts = sentence.text.replace(/«[^»]*»|“[^”]*”/g, ' ').split(/\s*,\s*/);
    for (let i = 0; i < parts.length && mentions.length < 50; i += 1) {
      const part = (parts[i] ?? '').trim();
      const opening = OPENS_WITH_OFFICE.exec(part);
      if (!opening || !FRENCH_OFFICE.test(part.slice(opening[0].length))) continue;
      const alone = parseFrenchSpeaker(part);
      const withNext = alone.name ? alone : parseFrenchSpeaker(`${part}, ${parts[i + 1] ?? ''}`);
      if (!withNext.name) continue;
      const office = parseFrenchSpeaker(part).role;
      const index = paragraph.indexOf(withNext.name);
      mentions.push({
        name: withNext.name,
        role: office ?? withNext.role,
        rank: alone.name ? ROLE_RANK.title : ROLE_RANK.appositive,
        paragraphIndex,
        index: index >= 0 ? index : 0,
      });
    }
  }
  return mentions;
};
