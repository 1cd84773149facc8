/** Domain vocabularies shared by the server, the admin and the tests. */

/** How a personnel figure was stated: "500", "around 500", "well over 4,000", "up to 300". */
export const PERSONNEL_QUALIFIERS = ['exact', 'approximately', 'more_than', 'up_to', 'unknown'] as const;
export type PersonnelQualifier = (typeof PERSONNEL_QUALIFIERS)[number];

/** Where a deployment stands. (`status` is reserved by draft & publish, hence `deploymentStatus`.) */
export const DEPLOYMENT_STATUSES = ['announced', 'on_alert', 'deploying', 'deployed', 'withdrawn'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export const PLUGIN_ID = 'newsroom';

export const UIDS = {
  release: 'plugin::newsroom.release',
  quote: 'plugin::newsroom.quote',
  deployment: 'plugin::newsroom.deployment',
  person: 'plugin::newsroom.person',
  organisation: 'plugin::newsroom.organisation',
} as const;
export type NewsroomUid = (typeof UIDS)[keyof typeof UIDS];
