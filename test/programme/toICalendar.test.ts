import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import {
  InvalidInputError,
  planSessions,
  toICalendar,
  type PlannedSession,
  type PlanSessionsOptions,
} from '../../src/programme/index.js';
import { thrown } from '../helpers/expectClose.js';

/** The value, failing the test when it is missing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}
interface Component {
  readonly name: string;
  readonly properties: Property[];
  readonly children: Component[];
}

/** A small RFC 5545 reader: unfolds lines, splits name, parameters and value, nests components. */
function parseICalendar(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/u);
  }
  const lines = physical.reduce<string[]>((all, line) => {
    if (line.startsWith(' ')) all.push(`${all.pop() ?? ''}${line.slice(1)}`);
    else all.push(line);
    return all;
  }, []);
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const top = must(stack[stack.length - 1]);
    if (name === 'BEGIN') {
      const child: Component = { name: value, properties: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(top.name).toBe(value);
      stack.pop();
    } else {
      top.properties.push({
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      });
    }
  }
  expect(stack).toHaveLength(1);
  return must(root.children[0]);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function prop(component: Component, name: string): Property | undefined {
  return component.properties.find((p) => p.name === name);
}

/** `20260113T183000` back to `2026-01-13T18:30`. */
function localOf(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}`;
}

/** What a calendar app would read back for each event. */
function readBack(text: string, uidPrefix: string) {
  const calendar = parseICalendar(text);
  expect(calendar.name).toBe('VCALENDAR');
  expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
  const zones = new Set(
    calendar.children.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID')?.value),
  );
  return calendar.children
    .filter((c) => c.name === 'VEVENT')
    .map((event) => {
      const start = must(prop(event, 'DTSTART'));
      const end = must(prop(event, 'DTEND'));
      expect(zones.has(start.params['TZID'])).toBe(true);
      const location = prop(event, 'LOCATION');
      return {
        id: unescapeText(must(prop(event, 'UID')).value).slice(uidPrefix.length),
        stamp: prop(event, 'DTSTAMP')?.value,
        timeZone: start.params['TZID'],
        localStart: localOf(start.value),
        localEnd: localOf(end.value),
        title: unescapeText(must(prop(event, 'SUMMARY')).value),
        location: location === undefined ? null : unescapeText(location.value),
      };
    });
}

function expected(sessions: readonly PlannedSession[], stamp: string) {
  return sessions.map((s) => ({
    id: s.id,
    stamp,
    timeZone: s.timeZone,
    localStart: s.localStart,
    localEnd: s.localEnd,
    title: s.title,
    location: s.location,
  }));
}

const christmas: PlanSessionsOptions = {
  from: '2026-10-01',
  to: '2027-02-28',
  pattern: { kind: 'weekly', every: 3 },
  time: '18:30',
  durationMinutes: 120,
  timeZone: 'Europe/London',
  blackouts: [{ from: '2026-12-21', to: '2027-01-03', label: 'Christmas' }],
  title: 'Cluster, "digital inclusion"; session\nbring a laptop — ünïcödé and a long tail of words',
  location: 'Town Hall; Room 2, first floor',
};

describe('toICalendar', () => {
  it('writes VEVENTs with UIDs, DTSTAMP, DTSTART;TZID, escaping and folding, and reads back', () => {
    const { sessions } = planSessions(christmas);
    const text = toICalendar(sessions, {
      uidPrefix: 'north-2026/',
      stamp: '2026-09-01T10:00:00+01:00',
      calendarName: 'North cluster',
    });
    expect(text.split('\r\n').slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//peerlearn//peerlearn//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:North cluster',
    ]);
    expect(text).toContain('DTSTART;TZID=Europe/London:20261001T183000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/London:20261001T203000\r\n');
    expect(text).toContain('LOCATION:Town Hall\\; Room 2\\, first floor\r\n');
    expect(text).toContain('DESCRIPTION:Moved from 2026-12-24: 2026-12-24 is inside the blackout');
    // The summary is longer than 75 octets, so it is folded.
    expect(text).toMatch(
      /\r\nSUMMARY:Cluster\\, "digital inclusion"\\; session\\nbring a laptop[^\r]*\r\n /u,
    );
    expect(readBack(text, 'north-2026/')).toEqual(expected(sessions, '20260901T090000Z'));
  });

  it('describes the clock changes of the zone in a VTIMEZONE', () => {
    const { sessions } = planSessions(christmas);
    const calendar = parseICalendar(
      toICalendar(sessions, { uidPrefix: 'x/', stamp: '2026-09-01T09:00:00Z' }),
    );
    const zone = must(calendar.children.find((c) => c.name === 'VTIMEZONE'));
    const observances = zone.children.map((c) => [
      c.name,
      prop(c, 'DTSTART')?.value,
      prop(c, 'TZOFFSETFROM')?.value,
      prop(c, 'TZOFFSETTO')?.value,
    ]);
    // 2026: forward at 01:00 GMT on 29 March, back at 02:00 BST on 25 October (UK law).
    expect(observances).toContainEqual(['DAYLIGHT', '20260329T010000', '+0000', '+0100']);
    expect(observances).toContainEqual(['STANDARD', '20261025T020000', '+0100', '+0000']);
  });

  it('writes an empty calendar for no sessions, and refuses bad input with paths', () => {
    expect(toICalendar([], { uidPrefix: 'x/', stamp: '2026-09-01T09:00:00Z' })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//peerlearn//peerlearn//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n',
    );
    const { sessions } = planSessions(christmas);
    const error = thrown(() =>
      toICalendar([{ ...must(sessions[0]), localStart: '2026-10-01 18:30' }], {
        uidPrefix: '',
        stamp: '2026-09-01T09:00:00',
      }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.pathText)).toEqual([
      'sessions[0].localStart',
      'options.uidPrefix',
      'options.stamp',
    ]);
  });

  it('round-trips any plan and leaves the sessions as they were (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ',', ';', '\\', '\n', ' ', '😀', ':'),
      maxLength: 120,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata'),
        fc.integer({ min: 1, max: 600 }),
        text,
        fc.option(text, { nil: undefined }),
        (offset, timeZone, durationMinutes, title, location) => {
          const from = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
          const { sessions } = planSessions({
            from,
            to: new Date(Date.UTC(2025, 0, 1 + offset + 200)).toISOString().slice(0, 10),
            pattern: { kind: 'monthly', weekday: 3, nth: 'last' },
            time: '19:45',
            durationMinutes,
            timeZone,
            title,
            ...(location === undefined ? {} : { location }),
          });
          const copy = structuredClone(sessions);
          const ics = toICalendar(sessions, { uidPrefix: 'p/', stamp: '2026-01-01T00:00:00Z' });
          expect(sessions).toEqual(copy);
          expect(readBack(ics, 'p/')).toEqual(expected(sessions, '20260101T000000Z'));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('hostile input', () => {
  const plan = () =>
    peerlearn.planSessions({
      from: '2026-01-01',
      to: '2026-03-31',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
    }).sessions;
  const options = { uidPrefix: 'north/', stamp: '2026-01-01T09:00:00Z' };

  it('refuses a session whose time zone the platform does not know', () => {
    const [first, ...rest] = plan();
    if (first === undefined) throw new Error('expected a session');
    expectRefusal(
      () => peerlearn.toICalendar([{ ...first, timeZone: '\uD800' }, ...rest], options),
      'toICalendar',
      'sessions[0].timeZone',
    );
  });

  it('refuses two sessions with one id, which calendar apps would merge into one entry', () => {
    const sessions = plan();
    const first = sessions[0];
    if (first === undefined) throw new Error('expected a session');
    expectRefusal(
      () => peerlearn.toICalendar([...sessions, { ...first, date: '2026-03-31' }], options),
      'toICalendar',
      `sessions[${String(sessions.length)}].id`,
    );
  });
});
