import { describe, expect, it } from 'vitest';
import { outcomeText } from '../../../src/slack/blocks/index.ts';
import { describeStanding } from '../../../src/workflow/index.ts';
import { sampleRequest } from './block-fixtures.ts';
import { sameInEachLanguage } from '../../support/same-in-each-language.ts';

describe('outcomeText', () => {
  it('tells the loser of a race who approved first, as a mention', () => {
    const request = sampleRequest({ status: 'applied', decidedBy: 'U0APPROVER', updatedAt: '2026-12-20T15:02:00.000Z' });
    const text = outcomeText({ code: 'already-decided', message: describeStanding(request, ['U0APPROVER']), request }, 'en');
    expect(text).toBe('Request 12 was approved by <@U0APPROVER> and applied at 2026-12-20 15:02 UTC.');
  });

  it('mentions every approver passed in', () => {
    const request = sampleRequest({ status: 'applied', decidedBy: 'U0SECOND' });
    const text = outcomeText({ code: 'already-decided', message: describeStanding(request, ['U0FIRST', 'U0SECOND']), request }, 'en', ['U0FIRST']);
    expect(text).toContain('approved by <@U0FIRST> and <@U0SECOND>');
  });

  it('marks a refusal and escapes what it quotes', () => {
    const text = outcomeText({ code: 'not-allowed', message: sameInEachLanguage('U0CLICKER <!channel> may not approve changes.') }, 'en', ['U0CLICKER']);
    expect(text).toBe(':warning: <@U0CLICKER> &lt;!channel&gt; may not approve changes.');
  });

  it('mentions nobody it was not told about', () => {
    expect(outcomeText({ code: 'not-found', message: sameInEachLanguage('There is no request 99 (ask U0SOMEONE).') }, 'en')).toBe(':warning: There is no request 99 (ask U0SOMEONE).');
  });
});
