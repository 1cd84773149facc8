import { findDates } from './dates';

export interface Dateline {
  place: string | null;
  /** YYYY-MM-DD, when the dateline carries a date. */
  date: string | null;
  /** The paragraph without its dateline; '' when the paragraph was only a dateline. */
  rest: string;
}

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE = `(${WORD}(?:[ /]${WORD}){0,3})`;
const DATE_TEXT =
  '(\\d{1,2}(?:st|nd|rd|th|er)? \\p{L}{3,9}\\.?,? \\d{4}|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|' +
  '\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})';
/**
 * "BRUSSELS –", "Brussels, 13 June 2023 –", "BRUSSELS (NATO), 3 March 2024 -", "13 June 2023 –",
 * or a line of its own ("Brussels, 13 June 2023").
 */
const DATELINE = new RegExp(
  `^(?:${PLACE}(?: \\(([^)]{1,40})\\))?(?:,? ${DATE_TEXT})?|${DATE_TEXT})(?: ?(?:[–—]|-{1,2}|:) +|\\.?$)`,
  'u',
);

/** "BRUSSELS" -> "Brussels", "PRISTINA/PRIŠTINA" -> "Pristina/Priština"; mixed case stays as written. */
const placeName = (place: string): string =>
  place === place.toUpperCase()
    ? place
        .toLowerCase()
        .replace(/(^|[ /-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase())
    : place;

/**
 * The dateline at the start of the first paragraph. A place without a date must be in capitals
 * ("BRUSSELS –") so that an opening such as "NATO-led forces –" is not taken for one.
 */
export const readDateline = (paragraph: string): Dateline | null => {
  const match = DATELINE.exec(paragraph.slice(0, 160));
  if (!match) return null;
  const [whole, place, , dateWithPlace, dateAlone] = match;
  const dateText = dateWithPlace ?? dateAlone;
  const date = dateText ? (findDates(dateText)[0]?.iso ?? null) : null;
  if (dateText && !date) return null;
  if (place && !date && (place !== place.toUpperCase() || place.replace(/[^\p{L}]/gu, '').length < 3)) return null;
  if (!place && !date) return null;
  return { place: place ? placeName(place) : null, date, rest: paragraph.slice(whole.length).trim() };
};
