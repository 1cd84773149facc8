import locales from './locales';
import releases from './releases';
import settings from './settings';
import slugs from './slugs';

export default { settings, locales, slugs, releases };
