import { describe, expect, it } from 'vitest';
import { findBlockKitViolation } from '../../../src/slack/block-kit-limits.ts';
import { homeView, type HomeInput } from '../../../src/slack/blocks/index.ts';
import { allText, hasHostileToken, sampleEntry, sampleRequest } from './block-fixtures.ts';

const base: HomeInput = {
  statusLines: ['Calls to +16505550100, time zone US/Eastern (EST).', 'Now (Sun Dec 20, 2026 09:00): the company greeting.'],
  businessHoursLine: 'Mon–Fri 09:00–17:00: the company greeting.',
  weekTimeline: ['Where calls to +16505550100 go, week of Mon Dec 14, 2026 (US/Eastern)', 'Mon Dec 14 ░░░░██████░░', '██ A  the company greeting — The business-hours rule'],
  upcomingRules: [{ name: 'Christmas', when: 'on Dec 25, 2026 (all day)' }],
  pending: [sampleRequest()],
  recent: [sampleEntry()],
  canRequest: true,
  now: new Date('2026-12-20T14:00:00Z'),
  language: 'en',
};

describe('homeView', () => {
  it('shows where calls go, business hours, upcoming rules, pending requests and recent changes', () => {
    const view = homeView(base);
    const text = allText(view);
    expect(view.type).toBe('home');
    expect(text).toContain('Now (Sun Dec 20, 2026 09:00): the company greeting.');
    expect(text).toContain('*Business hours:* Mon–Fri 09:00–17:00');
    // In monospace, so the hour columns line up.
    expect(text).toContain('```\nWhere calls to +16505550100 go, week of Mon Dec 14, 2026 (US/Eastern)\nMon Dec 14 ░░░░██████░░\n');
    expect(text).toContain('• *Christmas* on Dec 25, 2026 (all day)');
    expect(text).toContain('• *12* <@U0REQUESTER>: route to voicemail on Dec 25 · expires <!date^');
    expect(text).toContain('*12* applied: route to voicemail on Dec 25 by <@U0REQUESTER>');
    expect(text).toContain('`/ivr help` lists every command');
    expect(text).toContain('Updated <!date^');
  });

  it('says so when the lists are empty', () => {
    const text = allText(homeView({ ...base, upcomingRules: [], pending: [], recent: [], canRequest: false }));
    expect(text).toContain('No custom rules apply in the next 60 days.');
    expect(text).toContain('No requests are waiting for approval.');
    expect(text).toContain('No changes recorded yet.');
    expect(text).toContain('ask an admin to add you to SWITCHBOARD_REQUESTERS');
  });

  it('cuts 300 pending requests and long lists with "and N more", within 100 blocks', () => {
    const view = homeView({
      ...base,
      statusLines: Array.from({ length: 1000 }, (_, index) => `  ${index}. "<!channel> ${index}" ${'s'.repeat(150)}`),
      weekTimeline: Array.from({ length: 1000 }, (_, index) => `██ A${index}  <!here> ${'w'.repeat(120)}`),
      upcomingRules: Array.from({ length: 1000 }, (_, index) => ({ name: `<!here> ${index}`, when: 'w'.repeat(200) })),
      pending: Array.from({ length: 300 }, (_, index) => sampleRequest({ id: index + 1, commandText: `<@U1> ${'p'.repeat(5000)}` })),
      recent: Array.from({ length: 300 }, (_, index) => sampleEntry({ seq: index + 1, commandText: 'r'.repeat(600) })),
    });
    expect(findBlockKitViolation('home', view)).toBeUndefined();
    const text = allText(view);
    expect(text).toMatch(/_…and \d+ more\._/);
    expect(hasHostileToken(text)).toBe(false);
  });
});
