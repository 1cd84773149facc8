import deploymentSchema from '../../content-types/deployment/schema.json';
import { DEPLOYMENT_STATUSES, PERSONNEL_QUALIFIERS } from '../../../../shared/domain';
import { validateDeploymentWrite } from '../deployment';
import { validateQuoteWrite } from '../quote';
import { validateReleaseWrite } from '../release';

const paths = (issues: Array<{ path: string[] }>) => issues.map((issue) => issue.path.join('.'));

describe('quote writes', () => {
  it('accepts a full quote', () => {
    expect(validateQuoteWrite({ text: 'We stand together.', speakerRole: 'Deputy Secretary General', order: 0 }, 'create')).toEqual([]);
  });

  it('refuses a quote without words on create, and blank words on update', () => {
    expect(paths(validateQuoteWrite({ speakerRole: 'x' }, 'create'))).toEqual(['text']);
    expect(paths(validateQuoteWrite({ text: '   ' }, 'update'))).toEqual(['text']);
  });

  it('lets an update leave the words out', () => {
    expect(validateQuoteWrite({ order: 2 }, 'update')).toEqual([]);
  });

  it('refuses a negative or fractional order', () => {
    expect(paths(validateQuoteWrite({ text: 'a', order: -1 }, 'create'))).toEqual(['order']);
    expect(paths(validateQuoteWrite({ text: 'a', order: 1.5 }, 'create'))).toEqual(['order']);
  });
});

describe('deployment writes', () => {
  const valid = {
    mission: 'KFOR',
    contributingNation: 'TR',
    personnelCount: 500,
    personnelQualifier: 'approximately',
    deploymentStatus: 'deployed',
    arrivalDate: '2023-06-05',
  };

  it('accepts the Turkish battalion of the sample', () => {
    expect(validateDeploymentWrite(valid, 'create')).toEqual([]);
  });

  it.each([
    [{ personnelCount: -5 }, 'personnelCount', /negative/],
    [{ personnelQualifier: 'roughly' }, 'personnelQualifier', /must be one of exact, approximately/],
    [{ deploymentStatus: 'parked' }, 'deploymentStatus', /must be one of announced/],
    [{ contributingNation: 'XX' }, 'contributingNation', /ISO 3166-1/],
    [{ contributingNation: 'tr' }, 'contributingNation', /upper case/],
    [{ contributingNation: 'EU' }, 'contributingNation', /ISO 3166-1/],
    [{ arrivalDate: '5 June 2023' }, 'arrivalDate', /YYYY-MM-DD/],
  ])('refuses %p naming the field', (change, field, reason) => {
    const issues = validateDeploymentWrite({ ...valid, ...change }, 'create');
    expect(paths(issues)).toEqual([field]);
    expect(issues[0]!.message).toMatch(reason);
  });

  it('requires a mission on create only', () => {
    expect(paths(validateDeploymentWrite({ personnelCount: 3 }, 'create'))).toEqual(['mission']);
    expect(validateDeploymentWrite({ personnelCount: 3 }, 'update')).toEqual([]);
  });

  it('uses the same vocabularies as the content-type schema', () => {
    expect(deploymentSchema.attributes.personnelQualifier.enum).toEqual([...PERSONNEL_QUALIFIERS]);
    expect(deploymentSchema.attributes.deploymentStatus.enum).toEqual([...DEPLOYMENT_STATUSES]);
  });
});

describe('release writes', () => {
  it('refuses a release without a title', () => {
    expect(paths(validateReleaseWrite({ summary: 'x' }, 'create'))).toEqual(['title']);
    expect(paths(validateReleaseWrite({ title: '' }, 'update'))).toEqual(['title']);
  });

  it('refuses a malformed issued date', () => {
    expect(paths(validateReleaseWrite({ title: 't', issuedAt: '13/06/2023' }, 'create'))).toEqual(['issuedAt']);
    expect(validateReleaseWrite({ title: 't', issuedAt: '2023-06-13T10:00:00.000Z' }, 'create')).toEqual([]);
  });
});
