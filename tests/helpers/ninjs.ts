import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { ninjsSchemaDir } from '../../plugins/newsroom/server/src/formats/__tests__/ninjs-schema-dir';

/** A validator of the official IPTC ninjs 3.1 JSON Schema (read from the shared folder, never copied). */
export const ninjsValidator = () => {
  const read = (file: string) => JSON.parse(readFileSync(join(ninjsSchemaDir(), file), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(read('GeoJSON-schema.json'), 'https://geojson.org/schema/GeoJSON.json');
  return ajv.compile(read('ninjs-schema_3.1.json'));
};
