import { describe, expect, it } from 'vitest';
import {
  Member,
  Members,
  parseMember,
  parseMembers,
  safeParseMember,
  safeParseMembers,
} from '../../src/core/index.js';

const priya = {
  id: 'm-014',
  displayName: 'Priya',
  organisation: 'Riverside Community Trust',
  area: 'North',
  roles: ['facilitator'],
  joined: '2025-09-01',
  tags: ['housing'],
};

describe('Member', () => {
  it('accepts a full record unchanged and fills in roles and tags when left out', () => {
    expect(parseMember(priya)).toEqual(priya);
    expect(parseMember({ id: 'm-1', displayName: 'Sam' })).toEqual({
      id: 'm-1',
      displayName: 'Sam',
      roles: [],
      tags: [],
    });
  });

  it('trims labels and refuses empty ones', () => {
    expect(parseMember({ id: ' m-2 ', displayName: ' Jo ' })).toMatchObject({
      id: 'm-2',
      displayName: 'Jo',
    });
    const result = safeParseMember({ id: '   ', displayName: 'Jo', roles: [''] });
    expect(
      result.success
        ? []
        : result.error.issues.map((issue) => `${issue.pathText}: ${issue.message}`),
    ).toEqual(['member.id: must not be empty', 'member.roles[0]: must not be empty']);
  });

  it('reports every problem at once, including misspelt fields', () => {
    const result = safeParseMember({
      id: 'm-3',
      displayname: 'Kai',
      joined: '2025-02-30',
      area: 4,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toBe(
      'safeParseMember: 4 problems in the input:\n' +
        '  - member.displayName: is missing; expected a string\n' +
        '  - member.area: expected a string, got the number 4\n' +
        '  - member.joined: must be a calendar date written YYYY-MM-DD that exists (such as 2026-03-05), got the text "2025-02-30"\n' +
        '  - member: has unknown field "displayname"; check the spelling or remove it\n' +
        'Fix them and call safeParseMember again.',
    );
  });

  it('does not change the record it is given', () => {
    const input = { id: 'm-4', displayName: 'Ola' };
    const frozen = Object.freeze({ ...input });
    parseMember(frozen);
    expect(frozen).toEqual(input);
  });

  it('can be extended by an app with fields of its own', () => {
    const AppMember = Member.extend({ pronouns: Member.shape.displayName.optional() });
    expect(AppMember.parse({ id: 'a', displayName: 'Ama', pronouns: 'she/her' }).pronouns).toBe(
      'she/her',
    );
  });
});

describe('Members', () => {
  it('refuses repeated ids, pointing at the repeat and the first use', () => {
    const result = safeParseMembers([
      { id: 'a', displayName: 'Ama' },
      { id: 'b', displayName: 'Ben' },
      { id: 'a', displayName: 'Abi' },
    ]);
    expect(
      result.success
        ? []
        : result.error.issues.map((issue) => `${issue.pathText}: ${issue.message}`),
    ).toEqual(['members[2].id: repeats the id "a" of member 0; every member needs a different id']);
  });

  it('keeps order and accepts an empty list', () => {
    expect(
      parseMembers([
        { id: 'b', displayName: 'Ben' },
        { id: 'a', displayName: 'Ama' },
      ]).map((m) => m.id),
    ).toEqual(['b', 'a']);
    expect(parseMembers([])).toEqual([]);
    expect(Members.safeParse({}).success).toBe(false);
  });

  it('throws with the function name first', () => {
    expect(() => parseMembers('not a list')).toThrow(
      /^parseMembers: 1 problem in the input:\n {2}- members: expected an array \(list\), got the text "not a list"/u,
    );
  });
});
