import { defineInstrument } from '../survey/index.js';
import type { Instrument } from '../survey/index.js';
import { DESIGN_PRINCIPLES, type PrincipleId } from './designPrinciples.js';

const AGREEMENT = {
  '1': 'Strongly disagree',
  '2': 'Disagree',
  '3': 'Neither agree nor disagree',
  '4': 'Agree',
  '5': 'Strongly agree',
};

/** The statements per principle: three each, the ones marked `true` worded the other way round. */
const STATEMENTS: Readonly<
  Record<PrincipleId, readonly (readonly [id: string, wording: string, reversed?: true])[]>
> = {
  'design-for-evolution': [
    ['EV1', 'The way our community works has changed because members asked for it.'],
    ['EV2', 'We try out new ways of meeting and learning, and talk about how they went.'],
    ['EV3', 'Our community runs the same way it did at the start, whatever members want.', true],
  ],
  'inside-outside-dialogue': [
    ['DI1', 'We hear from people outside the community who help us see our work differently.'],
    ['DI2', 'Members bring back ideas from other networks and fields.'],
    ['DI3', 'What we learn is shared with people beyond the community.'],
  ],
  'levels-of-participation': [
    ['PA1', 'There are ways to take part that fit however much time I have.'],
    ['PA2', 'People who mostly listen are made to feel welcome.'],
    ['PA3', 'Only a few people ever get to lead or present.', true],
  ],
  'public-and-private-spaces': [
    ['SP1', 'I have someone in the community I can talk to one-to-one.'],
    ['SP2', 'Our open meetings show what the community is working on.'],
    ['SP3', 'Members are in touch with each other between meetings.'],
  ],
  'focus-on-value': [
    ['VA1', 'I have used something from the community in my own work.'],
    ['VA2', 'We talk openly about what the community is for and whether it delivers.'],
    ['VA3', 'My organisation can see the benefit of my taking part.'],
  ],
  'familiarity-and-excitement': [
    ['FE1', 'Meetings follow a pattern I know and feel comfortable with.'],
    ['FE2', 'Now and then something happens that gives the community fresh energy.'],
    ['FE3', 'There is room to raise whatever is on my mind.'],
  ],
  'community-rhythm': [
    ['RH1', 'Meetings happen at a steady, predictable pace.'],
    ['RH2', 'The pace of activity suits me: neither too fast nor too slow.'],
    ['RH3', 'Long gaps go by when nothing happens in the community.', true],
  ],
};

/**
 * A self-assessment of a community of practice against the seven design principles: 21
 * statements on a five-point agreement scale, three per principle, scored as one domain per
 * principle.
 *
 * Members (or the core group) answer it at the start of a year and again at the end;
 * {@link assessCommunity} reads the answers as a score per principle with the items that
 * drove it, and compareAssessments reads the change. Domain ids are the
 * {@link PrincipleId}s, so results join with {@link DESIGN_PRINCIPLES}. Three statements
 * are worded the other way round (EV3, PA3, RH3) and reversed when scored (6 − answer).
 * Each domain is the mean of the items answered, read as weak (1 to 2.5), developing
 * (above 2.5 to 3.5) or strong (above 3.5 to 5), right-closed as R's `cut` would. The
 * principles are those of Wenger, McDermott & Snyder (2002), "Cultivating Communities of
 * Practice"; the statements are peerlearn's own. Adapt it with `defineInstrument`: any
 * instrument whose domain ids are principle ids and whose domain items are scale items
 * works with {@link assessCommunity}.
 *
 * @example
 * ```ts
 * COP_SELF_ASSESSMENT.domains.length;
 * // => 7
 * COP_SELF_ASSESSMENT.domains[0]?.id;
 * // => 'design-for-evolution'
 * COP_SELF_ASSESSMENT.domains[0]?.bands.map((band) => `${band.label} ${String(band.max)}`);
 * // => ['Weak 2.5', 'Developing 3.5', 'Strong 5']
 * ```
 */
export const COP_SELF_ASSESSMENT: Instrument = /* @__PURE__ */ (() =>
  defineInstrument({
    id: 'cop-self-assessment',
    title: 'How healthy is our community of practice?',
    version: '1.0.0',
    description:
      'Twenty-one statements, three for each of the seven design principles for cultivating a community of practice.',
    items: DESIGN_PRINCIPLES.flatMap((principle) =>
      STATEMENTS[principle.id].map(([id, wording]) => ({
        id,
        wording,
        type: 'likert' as const,
        min: 1,
        max: 5,
        labels: AGREEMENT,
      })),
    ),
    domains: DESIGN_PRINCIPLES.map((principle) => ({
      id: principle.id,
      label: principle.name,
      description: principle.description,
      items: STATEMENTS[principle.id].map(([id]) => id),
      reverse: STATEMENTS[principle.id].flatMap(([id, , reversed]) =>
        reversed === true ? [id] : [],
      ),
      bands: [
        {
          label: 'Weak',
          min: 1,
          max: 2.5,
          interpretation:
            `Members do not see this principle at work yet. ${principle.actions[0] ?? ''}`.trim(),
        },
        {
          label: 'Developing',
          min: 2.5,
          max: 3.5,
          interpretation:
            'Members see this principle at work some of the time. Look at the lowest statement to find where to start.',
        },
        {
          label: 'Strong',
          min: 3.5,
          max: 5,
          interpretation:
            'Members see this principle at work. Keep what makes it so, and write it down for newcomers.',
        },
      ],
    })),
  }))();
