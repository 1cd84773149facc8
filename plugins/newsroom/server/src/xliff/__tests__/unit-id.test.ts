import { decodeUnitId, encodeUnitId } from '../unit-id';

const ref = {
  documentUid: 'plugin::newsroom.quote',
  documentId: 'k3j2h4g5f6d7s8a9q0w1e2r3',
  field: 'speakerRole',
  sourceMac: '9f86d081884c7d659f86d081884c7d65',
};

describe('unit ids', () => {
  it('encode to a short alias form and decode back', () => {
    const id = encodeUnitId(ref);
    expect(id).toBe('quote.k3j2h4g5f6d7s8a9q0w1e2r3.speakerRole.9f86d081884c7d659f86d081884c7d65');
    expect(decodeUnitId(id)).toEqual(ref);
  });

  it('are safe as XLIFF 2 NMTOKEN ids: no colon, no space', () => {
    for (const type of ['release', 'quote', 'deployment', 'person', 'organisation']) {
      const id = encodeUnitId({ ...ref, documentUid: `plugin::newsroom.${type}` });
      expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(decodeUnitId(id)?.documentUid).toBe(`plugin::newsroom.${type}`);
    }
  });

  it('carry a dotted field path', () => {
    const dotted = { ...ref, field: 'seo.metaTitle' };
    expect(decodeUnitId(encodeUnitId(dotted))).toEqual(dotted);
  });

  it('decode to null when the id is not ours', () => {
    for (const foreign of [
      '1',
      'title',
      'quote.k3j2h4g5f6d7s8a9q0w1e2r3.text',
      'article.k3j2h4g5f6d7s8a9q0w1e2r3.text.9f86d081884c7d659f86d081884c7d65',
      'constructor.k3j2h4g5f6d7s8a9q0w1e2r3.text.9f86d081884c7d659f86d081884c7d65',
      'quote.k3j2h4g5f6d7s8a9q0w1e2r3.text.9F86D081884C7D659F86D081884C7D65',
      'quote.k3j2h4g5f6d7s8a9q0w1e2r3.text.9f86d081884c7d65',
      'quote..text.9f86d081884c7d659f86d081884c7d65',
      'quote.k3j2.te xt.9f86d081884c7d659f86d081884c7d65',
      'plugin::newsroom.quote.k3j2.text.9f86d081884c7d659f86d081884c7d65',
    ]) {
      expect(decodeUnitId(foreign)).toBeNull();
    }
  });

  it('refuse what an id cannot carry', () => {
    expect(() => encodeUnitId({ ...ref, documentUid: 'api::article.article' })).toThrow(RangeError);
    expect(() => encodeUnitId({ ...ref, documentId: 'a.b' })).toThrow(RangeError);
    expect(() => encodeUnitId({ ...ref, field: 'a b' })).toThrow(RangeError);
    expect(() => encodeUnitId({ ...ref, sourceMac: 'xyz' })).toThrow(RangeError);
  });
});
