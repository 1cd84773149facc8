import { findDates } from './dates';
import type { Notes } from './notes';

const TODAY_BEFORE = /\b(?:today|aujourd[’']hui)\s*[(,]?\s*(?:on\s+|le\s+)?(?:\p{L}+day,?\s+)?(?:the\s+)?$/iu;

/**
 * The day the release was issued: the dateline's date; else the date the first paragraph gives for
 * "today" ("met today (13 June 2023)"); else the first full date of the first paragraph, noted as a guess.
 */
export const findReleaseDate = (
  datelineDate: string | null,
  paragraphs: readonly string[],
  notes: Notes,
): string | null => {
  if (datelineDate) return datelineDate;
  const first = paragraphs[0] ?? '';
  const dates = findDates(first).filter((date) => date.hasYear);
  const today = dates.find((date) => TODAY_BEFORE.test(first.slice(Math.max(0, date.index - 30), date.index)));
  if (today) return today.iso;
  if (dates[0]) {
    notes.info(`Release date taken from the first date in the first paragraph (${dates[0].iso}); check it.`, 0);
    return dates[0].iso;
  }
  // Some releases date only a later paragraph ("Minister Borg said on 9 January 2024").
  for (const [index, paragraph] of paragraphs.slice(1, 6).entries()) {
    const later = findDates(paragraph.slice(0, 5000)).find((date) => date.hasYear);
    if (later) {
      notes.info(`Release date taken from the first date in the text (${later.iso}); check it.`, index + 1);
      return later.iso;
    }
  }
  notes.warn('No release date found in the text.');
  return null;
};
