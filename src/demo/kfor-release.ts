/**
 * The NATO press release of 13 June 2023 on KFOR reinforcements in Kosovo
 * (nato-kfor-2023-06-13.txt beside this file), modelled in full: the release, its three quotes
 * by Mircea Geoană, the people and organisations it names and the three deployments it reports.
 * English is the original; the French is a translation written for the demo.
 *
 * The time of day is not in the text: 12:00 UTC keeps 13 June on that date in every time zone.
 */

export type Localized<T> = { en: T; fr: T };

export interface DemoOrganisation {
  key: string;
  website: string | null;
  name: Localized<string>;
  shortName: Localized<string>;
}

export interface DemoPerson {
  key: string;
  organisation: string;
  name: Localized<string>;
  position: Localized<string>;
}

export interface DemoQuote {
  speaker: string;
  order: number;
  saidAt: string;
  text: Localized<string>;
  speakerRole: Localized<string>;
}

export interface DemoDeployment {
  key: string;
  mission: string;
  contributingNation: string | null;
  personnelCount: number | null;
  personnelQualifier: 'exact' | 'approximately' | 'more_than' | 'up_to' | 'unknown';
  deploymentStatus: 'announced' | 'on_alert' | 'deploying' | 'deployed' | 'withdrawn';
  arrivalDate: string | null;
  unit: Localized<string>;
  location: Localized<string | null>;
  durationNote: Localized<string | null>;
  mandate: Localized<string>;
}

export interface DemoRelease {
  issuedAt: string;
  referenceNumber: string | null;
  title: Localized<string>;
  summary: Localized<string>;
  place: Localized<string>;
  paragraphs: Localized<string[]>;
  organisations: string[];
  people: string[];
}

const UNSCR_1244: Localized<string> = {
  en: 'UNSCR 1244 (1999)',
  fr: 'Résolution 1244 (1999) du Conseil de sécurité des Nations Unies',
};

export const ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'nato',
    website: 'https://www.nato.int',
    name: { en: 'North Atlantic Treaty Organization', fr: 'Organisation du Traité de l’Atlantique Nord' },
    shortName: { en: 'NATO', fr: 'OTAN' },
  },
  {
    key: 'eu',
    website: 'https://european-union.europa.eu',
    name: { en: 'European Union', fr: 'Union européenne' },
    shortName: { en: 'EU', fr: 'UE' },
  },
  {
    key: 'nac',
    website: 'https://www.nato.int',
    name: { en: 'North Atlantic Council', fr: 'Conseil de l’Atlantique Nord' },
    shortName: { en: 'NAC', fr: 'CAN' },
  },
  {
    key: 'kfor',
    website: 'https://jfcnaples.nato.int/kfor',
    name: { en: 'Kosovo Force', fr: 'Force pour le Kosovo' },
    shortName: { en: 'KFOR', fr: 'KFOR' },
  },
  {
    key: 'osce',
    website: 'https://www.osce.org',
    name: {
      en: 'Organization for Security and Co-operation in Europe',
      fr: 'Organisation pour la sécurité et la coopération en Europe',
    },
    shortName: { en: 'OSCE', fr: 'OSCE' },
  },
  {
    key: 'unsc',
    website: 'https://www.un.org/securitycouncil',
    name: { en: 'United Nations Security Council', fr: 'Conseil de sécurité des Nations Unies' },
    shortName: { en: 'UNSC', fr: 'CSNU' },
  },
];

export const PEOPLE: DemoPerson[] = [
  {
    key: 'geoana',
    organisation: 'nato',
    name: { en: 'Mircea Geoană', fr: 'Mircea Geoană' },
    position: { en: 'NATO Deputy Secretary General', fr: 'Secrétaire général délégué de l’OTAN' },
  },
  {
    key: 'lajcak',
    organisation: 'eu',
    name: { en: 'Miroslav Lajčák', fr: 'Miroslav Lajčák' },
    position: {
      en: 'EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues',
      fr: 'Représentant spécial de l’UE pour le dialogue entre Belgrade et Pristina et les autres questions concernant les Balkans occidentaux',
    },
  },
];

const SAID_AT = '2023-06-13T12:00:00.000Z';
const DSG: Localized<string> = { en: 'Deputy Secretary General', fr: 'Secrétaire général délégué' };

export const QUOTES: DemoQuote[] = [
  {
    speaker: 'geoana',
    order: 0,
    saidAt: SAID_AT,
    speakerRole: DSG,
    text: {
      en: 'The excellent, long-standing cooperation between NATO and the EU in the region continues to make a difference',
      fr: 'L’excellente coopération qui unit de longue date l’OTAN et l’UE dans la région continue de faire la différence',
    },
  },
  {
    speaker: 'geoana',
    order: 1,
    saidAt: SAID_AT,
    speakerRole: DSG,
    text: {
      en: 'NATO Headquarters, KFOR, Allies as well as the European Union and the OSCE have been tireless in their efforts to de-escalate the situation in northern Kosovo and bring both sides to the negotiation table, within the framework of the EU-led dialogue between Belgrade and Pristina',
      fr: 'Le siège de l’OTAN, la KFOR, les Alliés ainsi que l’Union européenne et l’OSCE n’ont pas ménagé leurs efforts pour faire baisser les tensions dans le nord du Kosovo et amener les deux parties à la table des négociations, dans le cadre du dialogue mené sous l’égide de l’UE entre Belgrade et Pristina',
    },
  },
  {
    speaker: 'geoana',
    order: 2,
    saidAt: SAID_AT,
    speakerRole: DSG,
    text: {
      en: 'NATO has been committed to stability in the Western Balkans for decades; our KFOR mission on the ground, with well over 4,000 troops is the strongest demonstration of this commitment.',
      fr: 'L’OTAN est engagée depuis des décennies en faveur de la stabilité dans les Balkans occidentaux ; notre mission KFOR sur le terrain, qui compte bien plus de 4 000 militaires, en est la démonstration la plus forte.',
    },
  },
];

export const DEPLOYMENTS: DemoDeployment[] = [
  {
    key: 'kfor-mission',
    mission: 'KFOR',
    contributingNation: null,
    personnelCount: 4000,
    personnelQualifier: 'more_than',
    deploymentStatus: 'deployed',
    arrivalDate: null,
    unit: { en: 'Kosovo Force (KFOR), NATO-led', fr: 'Force pour le Kosovo (KFOR), dirigée par l’OTAN' },
    location: { en: 'Kosovo', fr: 'Kosovo' },
    durationNote: { en: null, fr: null },
    mandate: UNSCR_1244,
  },
  {
    key: 'turkish-battalion',
    mission: 'KFOR',
    contributingNation: 'TR',
    personnelCount: 500,
    personnelQualifier: 'approximately',
    deploymentStatus: 'deployed',
    arrivalDate: '2023-06-05',
    unit: { en: '65th Mechanized Infantry Brigade', fr: '65e brigade d’infanterie mécanisée' },
    location: { en: 'Kosovo', fr: 'Kosovo' },
    durationNote: { en: 'as long as necessary', fr: 'aussi longtemps que nécessaire' },
    mandate: UNSCR_1244,
  },
  {
    key: 'reserve-battalion',
    mission: 'KFOR',
    contributingNation: null,
    personnelCount: null,
    personnelQualifier: 'unknown',
    deploymentStatus: 'on_alert',
    arrivalDate: null,
    unit: { en: 'Battalion of NATO reserve forces', fr: 'Bataillon des forces de réserve de l’OTAN' },
    location: { en: null, fr: null },
    durationNote: { en: 'on higher alert, to be deployed if needed', fr: 'en état d’alerte renforcée, à déployer si nécessaire' },
    mandate: UNSCR_1244,
  },
];

export const RELEASE: DemoRelease = {
  issuedAt: SAID_AT,
  referenceNumber: null,
  title: {
    en: 'NATO and EU together for stability in Kosovo and the Western Balkans',
    fr: 'L’OTAN et l’UE ensemble pour la stabilité au Kosovo et dans les Balkans occidentaux',
  },
  summary: {
    en: 'NATO Deputy Secretary General Mircea Geoană met the EU Special Representative Miroslav Lajčák. KFOR, reinforced since 5 June 2023 by around 500 Turkish service members, keeps Kosovo safe and secure; a further NATO reserve battalion is on higher alert.',
    fr: 'Le secrétaire général délégué de l’OTAN, Mircea Geoană, a rencontré le représentant spécial de l’UE Miroslav Lajčák. La KFOR, renforcée depuis le 5 juin 2023 par environ 500 militaires turcs, maintient un environnement sûr au Kosovo ; un bataillon de réserve supplémentaire de l’OTAN est en état d’alerte renforcée.',
  },
  place: { en: 'Brussels', fr: 'Bruxelles' },
  organisations: ['nato', 'eu', 'nac', 'kfor', 'osce', 'unsc'],
  people: ['geoana', 'lajcak'],
  paragraphs: {
    en: [
      'NATO Deputy Secretary General Mircea Geoană met today (13 June 2023) with Ambassador Miroslav Lajcak, EU Special Representative for the Belgrade-Pristina Dialogue and other Western Balkans issues, who recently visited Belgrade and Pristina. Ambassador Lajcak also briefed the North Atlantic Council on recent developments in northern Kosovo and the EU’s current diplomatic efforts.',
      '“The excellent, long-standing cooperation between NATO and the EU in the region continues to make a difference,” Deputy Secretary General Geoană said. “NATO Headquarters, KFOR, Allies as well as the European Union and the OSCE have been tireless in their efforts to de-escalate the situation in northern Kosovo and bring both sides to the negotiation table, within the framework of the EU-led dialogue between Belgrade and Pristina,” he added. Mr. Geoana recalled that “NATO has been committed to stability in the Western Balkans for decades; our KFOR mission on the ground, with well over 4,000 troops is the strongest demonstration of this commitment.”',
      'The NATO-led KFOR mission is taking all necessary actions to maintain a safe and secure environment and freedom of movement for all people living in Kosovo and continues to act impartially, in line with its UN mandate based on the United Nations Security Council Resolution 1244 of 1999. NATO reinforcements arrived in Kosovo on 5 June 2023, following the unprovoked violence in which a number of KFOR peacekeepers were injured. Around 500 Turkish service members from Türkiye’s 65th mechanized infantry brigade make up the bulk of the NATO reinforcements. The Turkish Battalion will be deployed in Kosovo for as long as necessary. An additional battalion of NATO reserve forces has also been put on higher alert to be deployed if needed.',
      'NATO also continues to support the EU-facilitated dialogue between Belgrade and Pristina, which is the only way to lasting peace and security in Kosovo and stability across the region.',
    ],
    fr: [
      'Le secrétaire général délégué de l’OTAN, Mircea Geoană, a rencontré aujourd’hui (13 juin 2023) l’ambassadeur Miroslav Lajčák, représentant spécial de l’UE pour le dialogue entre Belgrade et Pristina et les autres questions concernant les Balkans occidentaux, qui s’est récemment rendu à Belgrade et à Pristina. L’ambassadeur Lajčák a également informé le Conseil de l’Atlantique Nord des récents développements dans le nord du Kosovo et des efforts diplomatiques actuellement déployés par l’UE.',
      '« L’excellente coopération qui unit de longue date l’OTAN et l’UE dans la région continue de faire la différence », a déclaré le secrétaire général délégué, M. Geoană. « Le siège de l’OTAN, la KFOR, les Alliés ainsi que l’Union européenne et l’OSCE n’ont pas ménagé leurs efforts pour faire baisser les tensions dans le nord du Kosovo et amener les deux parties à la table des négociations, dans le cadre du dialogue mené sous l’égide de l’UE entre Belgrade et Pristina », a-t-il ajouté. M. Geoană a rappelé que « l’OTAN est engagée depuis des décennies en faveur de la stabilité dans les Balkans occidentaux ; notre mission KFOR sur le terrain, qui compte bien plus de 4 000 militaires, en est la démonstration la plus forte ».',
      'La KFOR, mission dirigée par l’OTAN, prend toutes les mesures nécessaires pour maintenir un environnement sûr et sécurisé et garantir la liberté de circulation de toutes les personnes qui vivent au Kosovo, et elle continue d’agir de manière impartiale, conformément à son mandat de l’ONU, fondé sur la résolution 1244 (1999) du Conseil de sécurité des Nations Unies. Des renforts de l’OTAN sont arrivés au Kosovo le 5 juin 2023, à la suite des violences non provoquées qui ont fait plusieurs blessés parmi les soldats de la paix de la KFOR. Environ 500 militaires turcs de la 65e brigade d’infanterie mécanisée de la Türkiye constituent l’essentiel de ces renforts. Le bataillon turc sera déployé au Kosovo aussi longtemps que nécessaire. Un bataillon supplémentaire des forces de réserve de l’OTAN a également été placé en état d’alerte renforcée afin de pouvoir être déployé si nécessaire.',
      'L’OTAN continue également de soutenir le dialogue facilité par l’UE entre Belgrade et Pristina, qui est la seule voie vers une paix et une sécurité durables au Kosovo et vers la stabilité dans l’ensemble de la région.',
    ],
  },
};
