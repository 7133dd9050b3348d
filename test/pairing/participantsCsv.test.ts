import { describe, expect, it } from 'vitest';
import { issuesOf } from '../helpers/expectClose.js';
import {
  PairingParticipant,
  participantsFromCsv,
  participantsToCsv,
  type PairingParticipantInput,
} from '../../src/pairing/index.js';

const people: PairingParticipantInput[] = [
  {
    id: 'p-01',
    displayName: 'Ama, "the organiser"',
    area: 'North',
    organisation: 'Riverside Community Trust',
    roles: ['facilitator', 'peer supporter'],
    topics: ['housing', 'youth'],
    experience: 'experienced',
    availability: ['tue-pm'],
    languages: ['English', 'Twi'],
    joined: '2025-09-01',
    tags: ['founder'],
  },
  { id: 'p-02', displayName: 'Bo', experience: 2.5 },
  { id: 'p-03', displayName: 'Cai', area: 'South', experience: 'new', topics: ['health'] },
];

describe('participantsToCsv and participantsFromCsv', () => {
  it('round-trip participants', () => {
    const back = participantsFromCsv(participantsToCsv(people));
    expect(back).toEqual(people.map((person) => PairingParticipant.parse(person)));
  });

  it('reads a sheet with only some columns', () => {
    expect(participantsFromCsv('displayName,id,languages\nJo,p-9, en ; cy \n')).toEqual([
      PairingParticipant.parse({ id: 'p-9', displayName: 'Jo', languages: ['en', 'cy'] }),
    ]);
  });

  it('names the line and column of invalid values', () => {
    const issues = issuesOf(() =>
      participantsFromCsv(
        'id,displayName,experience,joined\np1,Ann,veteran,\np2,,new,2025-13-40\n',
      ),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['line', 2, 'column', 3],
      ['line', 3, 'column', 2],
      ['line', 3, 'column', 4],
    ]);
    expect(issues[1]?.pathText).toBe('line 3, column 2');
  });

  it('refuses unknown, repeated and missing columns', () => {
    const issues = issuesOf(() => participantsFromCsv('id,nickname,id\n'));
    expect(issues.map((issue) => issue.code)).toEqual([
      'unknown_column',
      'repeated_column',
      'missing_column',
    ]);
  });

  it('reports malformed CSV by line and column', () => {
    expect(() => participantsFromCsv('id,displayName\np1,"Ann\n')).toThrow(/line 2, column 2/u);
  });

  it('refuses list values that contain the separator', () => {
    expect(
      issuesOf(() => participantsToCsv([{ id: 'a', displayName: 'A', topics: ['x;y'] }]))[0]?.path,
    ).toEqual(['participants', 0, 'topics']);
  });

  it('leaves its input as it was', () => {
    const copy = structuredClone(people);
    participantsToCsv(people);
    expect(people).toEqual(copy);
  });
});
