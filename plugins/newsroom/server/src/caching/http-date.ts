/**
 * HTTP-date (RFC 9110 §5.6.7): the preferred IMF-fixdate and the two obsolete forms a recipient
 * must still accept, nothing else. `Date.parse` is far looser ("2023", "1", "Feb 30 2023" all
 * parse, the last as 2 March), which is how an invalid If-Modified-Since could win a 304.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const DAY = DAYS.join('|');
const MONTH = MONTHS.join('|');
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

/** Sun, 06 Nov 1994 08:49:37 GMT */
const IMF_FIXDATE = new RegExp(`^(${DAY}), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`);
/** Sunday, 06-Nov-94 08:49:37 GMT */
const RFC850 = new RegExp(`^(${LONG_DAYS.join('|')}), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`);
/** Sun Nov  6 08:49:37 1994 */
const ASCTIME = new RegExp(`^(${DAY}) (${MONTH}) ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

const build = (weekday: number, day: string, month: string, year: number, hh: string, mm: string, ss: string) => {
  const [d, h, m, s, monthIndex] = [Number(day), Number(hh), Number(mm), Number(ss), MONTHS.indexOf(month)];
  // Before 1970 nothing here was modified: ignoring such a date answers as evaluating it would.
  if (year < 1970 || h > 23 || m > 59 || s > 60) return undefined;
  const time = Date.UTC(year, monthIndex, d, h, m, Math.min(s, 59)); // 60: a leap second
  const date = new Date(time);
  // 30 February and the like (Date.UTC rolls them over), or a weekday that is not that date's.
  if (date.getUTCDate() !== d || date.getUTCMonth() !== monthIndex || date.getUTCDay() !== weekday) return undefined;
  return time;
};

/**
 * Milliseconds since the epoch of a valid HTTP-date, or undefined. A two-digit RFC 850 year that
 * would lie more than 50 years ahead means the past century (RFC 9110 §5.6.7).
 */
export const parseHttpDate = (value: string, now = Date.now()): number | undefined => {
  const text = value.trim();
  let found = IMF_FIXDATE.exec(text);
  if (found) {
    const [, weekday, day, month, year, hh, mm, ss] = found as unknown as string[];
    return build(DAYS.indexOf(weekday!), day!, month!, Number(year), hh!, mm!, ss!);
  }
  found = RFC850.exec(text);
  if (found) {
    const [, weekday, day, month, yy, hh, mm, ss] = found as unknown as string[];
    const thisYear = new Date(now).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(yy);
    if (year > thisYear + 50) year -= 100;
    return build(LONG_DAYS.indexOf(weekday!), day!, month!, year, hh!, mm!, ss!);
  }
  found = ASCTIME.exec(text);
  if (found) {
    const [, weekday, month, day, hh, mm, ss, year] = found as unknown as string[];
    return build(DAYS.indexOf(weekday!), day!.trim().padStart(2, '0'), month!, Number(year), hh!, mm!, ss!);
  }
  return undefined;
};
