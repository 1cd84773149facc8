import type { Core } from '@strapi/strapi';

import { faultPausePoint } from '../pause-point';

const fakeStrapi = () => {
  const warn = jest.fn();
  return { strapi: { log: { warn } } as unknown as Core.Strapi, warn };
};

/** 'paused' when the point has not returned after a few ticks. */
const outcome = (promise: Promise<void>) =>
  Promise.race([promise.then(() => 'returned'), new Promise((resolve) => setTimeout(() => resolve('paused'), 20))]);

describe('faultPausePoint', () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
  });

  it('returns at once and reads nothing when NEWSROOM_FAULT_PAUSE_AT is not set', async () => {
    delete process.env.NEWSROOM_FAULT_PAUSE_AT;
    const { strapi, warn } = fakeStrapi();
    const evidence = jest.fn(async () => ({}));
    expect(await outcome(faultPausePoint(strapi, 'publish', evidence))).toBe('returned');
    expect(evidence).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('is inert in production even when armed', async () => {
    process.env.NEWSROOM_FAULT_PAUSE_AT = 'publish';
    process.env.NODE_ENV = 'production';
    const { strapi, warn } = fakeStrapi();
    expect(await outcome(faultPausePoint(strapi, 'publish', async () => ({})))).toBe('returned');
    expect(warn).not.toHaveBeenCalled();
  });

  it('returns for a point that is not armed', async () => {
    process.env.NEWSROOM_FAULT_PAUSE_AT = 'xliff-import,text-import';
    process.env.NODE_ENV = 'test';
    const { strapi } = fakeStrapi();
    expect(await outcome(faultPausePoint(strapi, 'publish', async () => ({})))).toBe('returned');
  });

  it('stops an armed point for good and logs what the transaction wrote', async () => {
    process.env.NEWSROOM_FAULT_PAUSE_AT = 'xliff-import,publish';
    process.env.NODE_ENV = 'test';
    const { strapi, warn } = fakeStrapi();
    expect(await outcome(faultPausePoint(strapi, 'publish', async () => ({ quotes: 6 })))).toBe('paused');
    expect(warn).toHaveBeenCalledWith('[newsroom] fault pause point "publish" reached, written so far: {"quotes":6}');
  });
});
