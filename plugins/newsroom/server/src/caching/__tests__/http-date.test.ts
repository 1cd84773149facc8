import { parseHttpDate } from '../http-date';

const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate', () => {
  it('reads the three forms RFC 9110 makes recipients accept', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(NOV_6_1994);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(NOV_6_1994);
    expect(parseHttpDate(new Date(Date.UTC(2024, 1, 29, 12)).toUTCString())).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('reads a two-digit year as at most 50 years ahead', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseHttpDate('Saturday, 01-Jan-77 00:00:00 GMT', now)).toBe(Date.UTC(1977, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-99 00:00:00 GMT', now)).toBe(Date.UTC(1999, 0, 1));
    expect(parseHttpDate('Tuesday, 01-Jan-30 00:00:00 GMT', now)).toBe(Date.UTC(2030, 0, 1));
  });

  it.each([
    ['an impossible day', 'Thu, 30 Feb 2023 10:00:00 GMT'],
    ['29 February of a common year', 'Wed, 29 Feb 2023 10:00:00 GMT'],
    ['a wrong weekday', 'Mon, 06 Nov 1994 08:49:37 GMT'],
    ['hour 24', 'Sun, 06 Nov 1994 24:00:00 GMT'],
    ['minute 60', 'Sun, 06 Nov 1994 08:60:00 GMT'],
    ['another zone', 'Sun, 06 Nov 1994 08:49:37 CET'],
    ['an offset', 'Sun, 06 Nov 1994 08:49:37 +0000'],
    ['an ISO date', '1994-11-06T08:49:37Z'],
    ['a year alone', '2023'],
    ['a number', '1'],
    ['lower-case names', 'sun, 06 nov 1994 08:49:37 GMT'],
    ['two dates', 'Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT'],
    ['a date before 1970', 'Sat, 01 Jan 1955 00:00:00 GMT'],
    ['nothing', ''],
  ])('refuses %s', (_name, value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
});
