import fs from 'node:fs';

import { chromiumMissing } from './browser';
import { CHROMIUM } from './paths';
import { setUpServer } from './server';

/** Jest global setup of the "browser" project: one built, seeded Strapi for every browser test file. */
export default async function globalSetup() {
  if (!fs.existsSync(CHROMIUM)) throw chromiumMissing(); // before a minute of building
  await setUpServer();
}
