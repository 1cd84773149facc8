import deployment from './deployment';
import organisation from './organisation';
import person from './person';
import quote from './quote';
import release from './release';

export default { release, quote, deployment, person, organisation };
