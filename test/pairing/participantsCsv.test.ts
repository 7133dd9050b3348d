import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
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

describe('participantsFromCsv: a bad experience cell says what is accepted', () => {
  it('names new, experienced and the number range', () => {
    const issues = issuesOf(() =>
      participantsFromCsv('id,displayName,experience\r\np1,Ann,veteran\r\np2,Bo,5000\r\n'),
    );
    expect(issues.map((issue) => `${issue.pathText}: ${issue.message}`)).toEqual([
      'line 2, column 3: experience: must be "new", "experienced" or a number from 0 to 1000, got the text "veteran"',
      'line 3, column 3: experience: must be at most 1000',
    ]);
  });
});

describe('hostile input', () => {
  it('participantsToCsv refuses participants that are not a list, naming the argument', () => {
    expectRefusal(
      () => peerlearn.participantsToCsv({ id: 'p1' } as never),
      'participantsToCsv',
      'participants',
    );
    expectRefusal(
      () => peerlearn.participantsToCsv([undefined] as never),
      'participantsToCsv',
      'participants[0]',
    );
  });
});
