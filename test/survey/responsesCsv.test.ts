import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { issuesOf } from '../helpers/expectClose.js';
import {
  responsesFromCsv,
  responsesToCsv,
  scoreResponses,
  SESSION_EVALUATION_FORM,
  SOCIAL_CLIMATE_SURVEY,
  type SurveyResponseInput,
} from '../../src/survey/index.js';

const evaluations: SurveyResponseInput[] = [
  {
    id: 'r1',
    respondent: 'p-01',
    submittedAt: '2026-03-05T16:40:00Z',
    answers: {
      overall: 'excellent',
      mostUseful: ['networking', 'buddying'],
      gotWhatWanted: 'partly',
      comments: 'Loved it, "really", thanks\nSee you next time',
    },
    fields: { cluster: 'housing', session: '1' },
  },
  { id: 'r2', answers: { overall: 'poor' }, fields: { cluster: 'youth' } },
  { id: 'r3', respondent: 'p-03', answers: {}, fields: {} },
];

describe('responsesToCsv and responsesFromCsv', () => {
  it('round-trip the session evaluation form, commas, quotes and line breaks included', () => {
    const text = responsesToCsv(evaluations, SESSION_EVALUATION_FORM);
    expect(text.split('\r\n')[0]).toBe(
      'id,respondent,submittedAt,overall,mostUseful,gotWhatWanted,comments,cluster,session',
    );
    expect(responsesFromCsv(text, SESSION_EVALUATION_FORM)).toEqual(
      evaluations.map((response) => ({ fields: {}, ...response })),
    );
  });

  it('round-trip the social climate survey and score the same', () => {
    const responses = [
      { id: 'a', answers: { G1: 5, G2: 4, G3: 2, G4: 4 }, fields: {} },
      { id: 'b', answers: { G1: 1, G3: 3 }, fields: { set: 'north' } },
    ];
    const back = responsesFromCsv(
      responsesToCsv(responses, SOCIAL_CLIMATE_SURVEY),
      SOCIAL_CLIMATE_SURVEY,
    );
    expect(back).toEqual(responses);
    expect(scoreResponses(SOCIAL_CLIMATE_SURVEY, back).scored.map((r) => r.domains)).toEqual(
      scoreResponses(SOCIAL_CLIMATE_SURVEY, responses).scored.map((r) => r.domains),
    );
  });

  it('reads option labels, yes/no and ;-separated choices', () => {
    const [response] = responsesFromCsv(
      'id,overall,mostUseful\r\nr1,Good,The topic itself; speakers\r\n',
      SESSION_EVALUATION_FORM,
    );
    expect(response?.answers).toEqual({ overall: 'good', mostUseful: ['topic', 'speakers'] });
  });

  it('names the line and column of unknown options and bad numbers', () => {
    const issues = issuesOf(() =>
      responsesFromCsv('id,G1,G2\r\nr1,4,x\r\nr2,"4\n",3\r\nr3,five,2\r\n', SOCIAL_CLIMATE_SURVEY),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['line', 2, 'column', 3],
      ['line', 5, 'column', 2],
    ]);
    expect(() => responsesFromCsv('id,overall\r\nr1,great\r\n', SESSION_EVALUATION_FORM)).toThrow(
      /line 2, column 2: "great" is not an option of overall/u,
    );
  });

  it('needs an id column and an id in every row, and refuses repeated columns', () => {
    expect(issuesOf(() => responsesFromCsv('G1\r\n4\r\n', SOCIAL_CLIMATE_SURVEY))[0]?.code).toBe(
      'missing_column',
    );
    expect(
      issuesOf(() => responsesFromCsv('id,G1\r\n,4\r\n', SOCIAL_CLIMATE_SURVEY))[0]?.path,
    ).toEqual(['line', 2, 'column', 1]);
    expect(issuesOf(() => responsesFromCsv('id,G1,G1\r\n', SOCIAL_CLIMATE_SURVEY))[0]?.code).toBe(
      'repeated_column',
    );
  });

  it('reports malformed CSV rows by line and column', () => {
    expect(
      issuesOf(() => responsesFromCsv('id,G1\r\nr1\r\n', SOCIAL_CLIMATE_SURVEY))[0],
    ).toMatchObject({ path: ['line', 2, 'column', 2], code: 'wrong_field_count' });
  });

  it('refuses answers to items the instrument lacks when writing', () => {
    expect(
      issuesOf(() => responsesToCsv([{ id: 'r', answers: { Z9: 1 } }], SOCIAL_CLIMATE_SURVEY))[0]
        ?.path,
    ).toEqual(['responses', 0, 'answers', 'Z9']);
  });

  it('leaves its input as it was', () => {
    const copy = structuredClone(evaluations);
    responsesToCsv(evaluations, SESSION_EVALUATION_FORM);
    expect(evaluations).toEqual(copy);
  });
});

describe('hostile input', () => {
  it('responsesToCsv refuses responses that are not a list, naming the argument', () => {
    expectRefusal(
      () => peerlearn.responsesToCsv({ id: 'r1' } as never, peerlearn.SESSION_EVALUATION_FORM),
      'responsesToCsv',
      'responses',
    );
    expectRefusal(
      () => peerlearn.responsesToCsv([null] as never, peerlearn.SESSION_EVALUATION_FORM),
      'responsesToCsv',
      'responses[0]',
    );
  });
});
