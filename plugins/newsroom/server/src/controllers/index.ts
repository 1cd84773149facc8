import feeds from './feeds';
import formats from './formats';
import references from './references';
import releases from './releases';
import translations from './translations';

export default { releases, formats, feeds, references, translations };
