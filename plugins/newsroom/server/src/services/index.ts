import contentVersion from './content-version';
import httpCache from './http-cache';
import indexes from './indexes';
import locales from './locales';
import releases from './releases';
import settings from './settings';
import slugs from './slugs';

export default {
  settings,
  locales,
  slugs,
  releases,
  'content-version': contentVersion,
  'http-cache': httpCache,
  indexes,
};
