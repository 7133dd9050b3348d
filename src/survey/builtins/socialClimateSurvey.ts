import { defineInstrument } from '../instrument/defineInstrument.js';

const AGREEMENT = {
  '1': 'Strongly disagree',
  '2': 'Disagree',
  '3': 'Neither agree nor disagree',
  '4': 'Agree',
  '5': 'Strongly agree',
};

const agree = (id: string, wording: string) =>
  ({ id, wording, type: 'likert', min: 1, max: 5, labels: AGREEMENT }) as const;

/** Thirds of the 1–5 range: below 7/3 is low, above 11/3 is high. */
const LOW_TOP = 7 / 3;
const HIGH_BOTTOM = 11 / 3;

/**
 * A social climate survey for a peer-learning group, scored in three domains.
 *
 * Social climate is how a group feels to the people in it: whether they are growing,
 * whether they shape how it runs, and whether they belong. Organisers run the survey at
 * the start and end of a programme (or every few sessions) to see where to put effort.
 * Twelve statements on a five-point agreement scale, four per domain, one in each domain
 * worded the other way round (G3, S3, W2). Each domain is the mean of its answered items,
 * read as low (1 to 7/3), medium (7/3 to 11/3) or high (11/3 to 5), right-closed as R's
 * `cut` would. The wording is peerlearn's own; adapt it with `defineInstrument`.
 *
 * @example
 * ```ts
 * SOCIAL_CLIMATE_SURVEY.domains.map((domain) => `${domain.id}: ${domain.items.join(' ')}`);
 * // => ['growth: G1 G2 G3 G4', 'systems: S1 S2 S3 S4', 'wellbeing: W1 W2 W3 W4']
 * ```
 */
export const SOCIAL_CLIMATE_SURVEY = /* @__PURE__ */ (() =>
  defineInstrument({
    id: 'social-climate',
    title: 'How does this group feel to you?',
    version: '1.0.0',
    description:
      'Twelve statements about learning, shared running and belonging in a peer-learning group.',
    items: [
      agree('G1', 'Taking part has taught me things I can use in my own work or life.'),
      agree('G2', 'I have tried something new because of what another member shared.'),
      agree('G3', 'I seldom leave a session with anything new to think about.'),
      agree('G4', 'I feel more able to take on a hard problem than when I joined.'),
      agree('S1', 'Members have a real say in how the group is run.'),
      agree('S2', 'We decide together what the group does next.'),
      agree('S3', 'Things are decided somewhere else and we are only told afterwards.'),
      agree('S4', 'I know how to raise an idea or a worry, and I expect it to be taken up.'),
      agree('W1', 'I feel I belong in this group.'),
      agree('W2', 'I often feel on the outside of the conversation in sessions.'),
      agree('W3', 'I could ask another member for help between sessions.'),
      agree('W4', 'Being part of this group is good for my well-being.'),
    ],
    domains: [
      {
        id: 'growth',
        label: 'Growth',
        description: 'Whether members are learning, trying new things and gaining confidence.',
        items: ['G1', 'G2', 'G3', 'G4'],
        reverse: ['G3'],
        bands: [
          {
            label: 'Low',
            min: 1,
            max: LOW_TOP,
            interpretation:
              'Members are not getting much they can use. Ask what they came for, and make room for their own problems, not only set topics.',
          },
          {
            label: 'Medium',
            min: LOW_TOP,
            max: HIGH_BOTTOM,
            interpretation:
              'Some members are learning, others less so. Look for who is quiet and pair them with someone whose work is close to theirs.',
          },
          {
            label: 'High',
            min: HIGH_BOTTOM,
            max: 5,
            interpretation:
              'Members are learning and trying things out. Capture what they tried so the wider network can learn from it.',
          },
        ],
      },
      {
        id: 'systems',
        label: 'Systems maintenance and co-production',
        description: 'Whether members shape how the group runs and what it does next.',
        items: ['S1', 'S2', 'S3', 'S4'],
        reverse: ['S3'],
        bands: [
          {
            label: 'Low',
            min: 1,
            max: LOW_TOP,
            interpretation:
              'Members experience the group as run for them rather than by them. Share planning: agree the next agenda together and rotate who hosts.',
          },
          {
            label: 'Medium',
            min: LOW_TOP,
            max: HIGH_BOTTOM,
            interpretation:
              'Members have some say, unevenly. Make the routes for suggestions visible and report back on what happened to them.',
          },
          {
            label: 'High',
            min: HIGH_BOTTOM,
            max: 5,
            interpretation:
              'Members run the group together. Keep the habits that make this work and write them down for newcomers.',
          },
        ],
      },
      {
        id: 'wellbeing',
        label: 'Well-being, relationships and belonging',
        description: 'Whether members feel they belong and can lean on each other.',
        items: ['W1', 'W2', 'W3', 'W4'],
        reverse: ['W2'],
        bands: [
          {
            label: 'Low',
            min: 1,
            max: LOW_TOP,
            interpretation:
              'Members do not yet feel at home. Slow down: more time in pairs, introductions, and buddies between sessions.',
          },
          {
            label: 'Medium',
            min: LOW_TOP,
            max: HIGH_BOTTOM,
            interpretation:
              'Relationships are forming. Keep membership steady and give pairs a reason to stay in touch between sessions.',
          },
          {
            label: 'High',
            min: HIGH_BOTTOM,
            max: 5,
            interpretation:
              'Members feel they belong and support each other. Watch that newcomers can find their way in too.',
          },
        ],
      },
    ],
  }))();
