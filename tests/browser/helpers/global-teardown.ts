import { stopServer } from './server';

/** Jest global teardown of the "browser" project: stops the server (its whole process group). */
export default async function globalTeardown() {
  await stopServer();
}
