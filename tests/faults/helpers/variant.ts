/**
 * Short cases run in `npm test` (CI); `npm run test:faults` sets NEWSROOM_FAULTS_LONG=true for
 * the long ones (longer phases, higher rates, more kill points, a crash-stop of PostgreSQL).
 */
export const LONG = process.env.NEWSROOM_FAULTS_LONG === 'true';

export const pick = <T>(short: T, long: T): T => (LONG ? long : short);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
