import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMentioning, escapeMrkdwn, isSlackUserId, mentionPerson } from '../../../src/slack/escape-mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('turns a rule named <!channel> into text that pings nobody', () => {
    expect(escapeMrkdwn('<!channel>')).toBe('&lt;!channel&gt;');
  });

  it('escapes user mentions and links', () => {
    expect(escapeMrkdwn('<@U1> <https://evil.example|click>')).toBe('&lt;@U1&gt; &lt;https://evil.example|click&gt;');
  });

  it('escapes the ampersand first, so an entity someone typed stays as typed', () => {
    expect(escapeMrkdwn('Sales &amp; Support & Co')).toBe('Sales &amp;amp; Support &amp; Co');
  });

  it('leaves other mrkdwn characters alone', () => {
    expect(escapeMrkdwn('*Lunch* _break_ ~x~ `y`')).toBe('*Lunch* _break_ ~x~ `y`');
  });

  it('never leaves a < or > in its output', () => {
    fc.assert(fc.property(fc.string(), (text) => !/[<>]/.test(escapeMrkdwn(text))));
  });
});

describe('mentionPerson', () => {
  it('mentions a Slack user id', () => {
    expect(mentionPerson('U024BE7LH')).toBe('<@U024BE7LH>');
    expect(mentionPerson('W012A3CDE')).toBe('<@W012A3CDE>');
  });

  it('writes a console name as escaped text', () => {
    expect(mentionPerson('alice')).toBe('alice');
    expect(mentionPerson('<!here>')).toBe('&lt;!here&gt;');
    expect(isSlackUserId('u024be7lh')).toBe(false);
  });
});

describe('escapeMentioning', () => {
  it('mentions only the people given, as whole words', () => {
    const text = 'Request 12 was approved by U0APPROVER and U0APPROVERX; reason: ping U0OTHER <!channel>';
    expect(escapeMentioning(text, ['U0APPROVER', undefined])).toBe(
      'Request 12 was approved by <@U0APPROVER> and U0APPROVERX; reason: ping U0OTHER &lt;!channel&gt;',
    );
  });

  it('does not mention console names', () => {
    expect(escapeMentioning('approved by alice', ['alice'])).toBe('approved by alice');
  });
});
