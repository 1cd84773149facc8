import { listQuerySchema, parseWith } from '../releases';

const parse = (query: Record<string, unknown>) => parseWith(listQuerySchema(100), query);

describe('issuedFrom / issuedTo', () => {
  it('takes a day as the whole day, in UTC', () => {
    expect(parse({ issuedFrom: '2024-02-29', issuedTo: '2024-02-29' })).toEqual({
      ok: true,
      value: { issuedFrom: '2024-02-29T00:00:00.000Z', issuedTo: '2024-02-29T23:59:59.999Z' },
    });
  });

  it('takes a date-time with an offset as that instant, and one without as UTC', () => {
    expect(parse({ issuedFrom: '2023-06-13T08:00:00+02:00' })).toEqual({ ok: true, value: { issuedFrom: '2023-06-13T06:00:00.000Z' } });
    expect(parse({ issuedFrom: '2023-06-13T08:00' })).toEqual({ ok: true, value: { issuedFrom: '2023-06-13T08:00:00.000Z' } });
  });

  it.each(['2023-02-30', '2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-6-1', '2023-06-13T24:00:00Z', '13/06/2023', '2023-06-13T10:00:00+25:00', ''])(
    'refuses %j naming the parameter',
    (value) => {
      for (const name of ['issuedFrom', 'issuedTo']) {
        const result = parse({ [name]: value });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual([[name]]);
      }
    },
  );
});
