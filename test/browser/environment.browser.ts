/**
 * Proof that this suite runs in a real Chromium page, not in Node with a fake DOM: the user
 * agent is headless Chrome, the page has a window and a document, and Node's globals are
 * absent. The library needs none of them (DESIGN.md: it runs unchanged in browsers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSessions } from '../../src/programme/index.js';

interface BrowserGlobals {
  navigator?: { userAgent?: string };
  window?: unknown;
  document?: { nodeName?: string };
  process?: unknown;
  require?: unknown;
  Buffer?: unknown;
}
const page = globalThis as BrowserGlobals;

describe('the browser run', () => {
  it('is headless Chromium', () => {
    expect(page.navigator?.userAgent).toMatch(/HeadlessChrome\/\d+/u);
    expect(page.window).toBe(globalThis);
    expect(page.document?.nodeName).toBe('#document');
  });

  it('has none of Node’s globals', () => {
    // Checked on globalThis rather than with `typeof process`, which Vite may rewrite.
    expect('process' in globalThis).toBe(false);
    expect(page.process).toBeUndefined();
    expect(page.require).toBeUndefined();
    expect(page.Buffer).toBeUndefined();
  });

  it('fixes fast-check’s seed as the Node run does, unless FC_SEED asks for another', () => {
    const env = (import.meta as unknown as { env: Record<string, string | undefined> }).env;
    const requested = env['FC_SEED'] ?? '';
    const seed = fc.readConfigureGlobal().seed;
    if (requested === '') expect(seed).toBe(20261125);
    else if (requested === 'random') expect(seed).toBeUndefined();
    else expect(seed).toBe(Number(requested));
  });

  it('reads time zones from the browser’s own Intl data', () => {
    // London is on GMT in January and on British Summer Time in April: the same wall-clock
    // time is an hour earlier in UTC (the planSessions example, computed here by Chromium).
    const plan = planSessions({
      from: '2026-01-01',
      to: '2026-04-30',
      pattern: { kind: 'monthly', weekday: 2, nth: 2 },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
    });
    expect(plan.sessions.map((session) => session.startUtc)).toEqual([
      '2026-01-13T18:30:00Z',
      '2026-02-10T18:30:00Z',
      '2026-03-10T18:30:00Z',
      '2026-04-14T17:30:00Z',
    ]);
  });
});
