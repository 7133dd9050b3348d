import { defineInstrument } from '../instrument/defineInstrument.js';

/**
 * The short evaluation form given out after every session of a learning cluster.
 *
 * Four questions, each answerable in under a minute: an overall rating (excellent, good,
 * fair, poor; "excellent" is the top box), which parts were most useful (tick all that
 * apply: networking, outside speakers, sharing challenges, the topic, buddying), whether
 * the participant got everything they wanted (yes, partly, no) and comments. Comparing the
 * share rating a session "excellent" across sessions shows whether a cluster is finding
 * its feet. The wording is peerlearn's own.
 *
 * @example
 * ```ts
 * SESSION_EVALUATION_FORM.items.map((item) => `${item.id} (${item.type})`);
 * // => ['overall (ordinal)', 'mostUseful (multiple-choice)', 'gotWhatWanted (ordinal)', 'comments (text)']
 * ```
 */
export const SESSION_EVALUATION_FORM = /* @__PURE__ */ (() =>
  defineInstrument({
    id: 'session-evaluation',
    title: 'How was today’s session?',
    version: '1.0.0',
    description: 'A four-question form for the end of each learning cluster session.',
    items: [
      {
        id: 'overall',
        type: 'ordinal',
        wording: 'Overall, how would you rate today’s session?',
        options: [
          { value: 'excellent', label: 'Excellent', score: 4 },
          { value: 'good', label: 'Good', score: 3 },
          { value: 'fair', label: 'Fair', score: 2 },
          { value: 'poor', label: 'Poor', score: 1 },
        ],
        topBox: 1,
      },
      {
        id: 'mostUseful',
        type: 'multiple-choice',
        wording: 'Which parts did you find most useful? Tick all that apply.',
        options: [
          { value: 'networking', label: 'Meeting and networking with people from other areas' },
          { value: 'speakers', label: 'Hearing from outside speakers' },
          { value: 'challenges', label: 'Sharing challenges and working on them together' },
          { value: 'topic', label: 'The topic itself' },
          { value: 'buddying', label: 'Keeping in touch with a buddy between sessions' },
        ],
      },
      {
        id: 'gotWhatWanted',
        type: 'ordinal',
        wording: 'Did you get everything you wanted from the session?',
        options: [
          { value: 'yes', label: 'Yes', score: 2 },
          { value: 'partly', label: 'Partly', score: 1 },
          { value: 'no', label: 'No', score: 0 },
        ],
        topBox: 1,
      },
      {
        id: 'comments',
        type: 'text',
        wording: 'Anything else you would like to tell us?',
        maxLength: 4000,
      },
    ],
  }))();
