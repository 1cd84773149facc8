import releases from './releases';

export default { releases };
