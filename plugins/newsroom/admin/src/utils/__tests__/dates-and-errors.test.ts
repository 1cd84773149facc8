import { dashboardRequest } from '../../pages/Dashboard/dashboard-query';
import { ifMatch } from '../../services/if-match';
import { conflictOf, fieldErrors } from '../api-errors';
import { dateToDay, dayToDate, isCompleteDay } from '../dates';

describe('complete dates (issue 8 item 4: never query on a half-typed year)', () => {
  it.each(['2023-06-13', '2024-02-29'])('accepts %s', (day) => expect(isCompleteDay(day)).toBe(true));
  it.each(['0202-06-13', '202-06-13', '2023-02-30', '2023-13-01', '2023-6-1', ''])('refuses %p', (day) =>
    expect(isCompleteDay(day)).toBe(false),
  );
  it('round-trips a picked day without shifting it by the time zone', () => {
    expect(dateToDay(dayToDate('2023-06-13'))).toBe('2023-06-13');
    expect(dayToDate('2023-06-1')).toBeUndefined();
  });
});

describe('the dashboard request from the URL filters', () => {
  it('sends complete dates only and says which field is wrong', () => {
    const half = dashboardRequest({ from: '2023-01-01', to: '0202-' });
    expect(half.query).toMatchObject({ from: '2023-01-01', to: undefined, page: '1' });
    expect(half.problems).toEqual({ to: 'invalid' });
  });
  it('does not send a range that ends before it starts', () => {
    const reversed = dashboardRequest({ from: '2024-01-01', to: '2023-01-01' });
    expect(reversed.query).toMatchObject({ from: undefined, to: undefined });
    expect(reversed.problems).toEqual({ to: 'beforeFrom' });
  });
  it('keeps known statuses and locales, and a valid page', () => {
    expect(dashboardRequest({ status: 'modified', locale: 'fr', page: '3', search: ' kfor ' }).query).toEqual({
      search: 'kfor',
      status: 'modified',
      locale: 'fr',
      from: undefined,
      to: undefined,
      page: '3',
      pageSize: '20',
    });
    expect(dashboardRequest({ status: 'archived', page: '-1' }).query).toMatchObject({ status: undefined, page: '1' });
  });
});

describe('API errors at the field, and stale writes', () => {
  it('maps a 400 to its fields', () => {
    const error = { name: 'ValidationError', status: 400, details: { errors: [{ path: ['to'], message: 'bad day' }] } };
    expect(fieldErrors(error)).toEqual({ to: 'bad day' });
  });
  it('recognises a 409 and lists what changed', () => {
    const change = { part: 'quote', kind: 'changed', documentId: 'q1', locale: 'fr', status: 'draft', at: null, by: 'Ana' };
    const error = { name: 'ConflictError', status: 409, details: { currentVersion: '7', changes: ['quotes', { field: 'title' }, change] } };
    expect(conflictOf(error)).toEqual({ changes: ['quotes', '{"field":"title"}', change] });
    expect(conflictOf({ name: 'ValidationError', status: 400 })).toBeNull();
  });
  it('sends the version loaded as If-Match, and nothing without one', () => {
    expect(ifMatch('abc')).toEqual({ 'If-Match': '"abc"' });
    expect(ifMatch(undefined)).toEqual({});
  });
});
