import { Writable } from 'node:stream';
import ical, { type VEvent } from 'node-ical';
import { expect, it } from 'vitest';
import { createDemoState } from '../../src/emulator/index.ts';
import { createLogger } from '../../src/logger.ts';
import { useSlackAppHarness, type RunningSlackApp } from '../support/slack-app-harness.ts';
import { describeEachDatabase } from '../support/use-test-databases.ts';

const { harness, start } = useSlackAppHarness();

const SECRET = 'Feed_secret-0123456789abcdef';

/** The demo company with a Christmas rule, in RingCentral's shapes. */
function companyWithChristmas(): unknown {
  const state = createDemoState();
  const christmas = {
    id: '33000000002',
    type: 'Custom',
    enabled: true,
    name: 'Christmas',
    schedule: { ranges: [{ from: '2026-12-25T00:00:00-05:00', to: '2026-12-26T00:00:00-05:00' }] },
    callHandlingAction: 'Bypass',
    extension: { id: '62000000300' },
  };
  return { ...state, answeringRules: [christmas, ...state.answeringRules] };
}

async function withApp(app: RunningSlackApp, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } finally {
    await app.close();
  }
}

describeEachDatabase('the calendar feed on the bot\'s HTTP server', (database) => {
  it('serves the feed at /calendar/<secret>.ics as text/calendar, from the call handling', async () => {
    await harness.putEmulatorState(companyWithChristmas());
    const app = await start(database(), undefined, {}, { calendarSecret: SECRET });
    await withApp(app, async () => {
      const response = await fetch(`${app.appUrl}/calendar/${SECRET}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const events = Object.values(ical.sync.parseICS(await response.text())).filter((component): component is VEvent => component?.type === 'VEVENT');
      expect(events.map((event) => [event.uid, event.summary])).toEqual([['33000000002-0@switchboard', 'Christmas: calls go to Main Voicemail (ext 300)']]);
    });
  });

  it('answers 404, as for any unknown path, to a wrong secret and to the secret in another form', async () => {
    const app = await start(database(), undefined, {}, { calendarSecret: SECRET });
    await withApp(app, async () => {
      const unknownPath = await fetch(`${app.appUrl}/no-such-page`);
      for (const path of [`/calendar/${SECRET.slice(0, -1)}x.ics`, `/calendar/${SECRET}`, `/calendar/${SECRET}.ics.txt`, `/calendar/${SECRET.toLowerCase()}.ics`, '/calendar/.ics']) {
        const response = await fetch(`${app.appUrl}${path}`);
        expect([path, response.status, await response.text()]).toEqual([path, unknownPath.status, '']);
      }
      expect(unknownPath.status).toBe(404);
    });
  });

  it('answers 404 to every feed URL when no secret is set', async () => {
    const app = await start(database());
    await withApp(app, async () => {
      expect((await fetch(`${app.appUrl}/calendar/${SECRET}.ics`)).status).toBe(404);
      expect((await fetch(`${app.appUrl}/calendar/undefined.ics`)).status).toBe(404);
    });
  });

  it('answers 503 when RingCentral cannot be read, and logs it without the secret', async () => {
    let log = '';
    const logger = createLogger({ level: 'trace', destination: new Writable({ write: (chunk, _encoding, done) => { log += String(chunk); done(); } }) });
    await harness.setFaults([{ path: '/answering-rule', status: 503, times: 10 }]);
    const app = await start(database(), undefined, {}, { calendarSecret: SECRET, logger });
    await withApp(app, async () => {
      const response = await fetch(`${app.appUrl}/calendar/${SECRET}.ics`);
      expect(response.status).toBe(503);
      expect(await response.text()).toBe('RingCentral could not be read; try again in a minute.\n');
      expect(log).toContain('could not serve the calendar feed');
      expect(log).not.toContain(SECRET);
    });
  });
});
