import { describe, expect, it } from 'vitest';
import { describeDestination, describeExtension } from '../../src/callflow/index.ts';
import { company, greeting, greetingThenHangUp, toExt } from '../fixtures/call-handling.ts';

describe('describeDestination', () => {
  const acme = company();

  it('names the company greeting', () => {
    expect(describeDestination(acme, greeting)).toBe('the company greeting');
  });

  it('names the greeting that ends the call', () => {
    expect(describeDestination(acme, greetingThenHangUp)).toBe('the company greeting, then a hang-up');
  });

  it('names an extension by name and number', () => {
    expect(describeDestination(acme, toExt('300'))).toBe('Main Voicemail (ext 300)');
    expect(describeDestination(acme, toExt('200'))).toBe('Support Queue (ext 200)');
  });

  it('names an IVR menu missing from the extension list by the menu itself', () => {
    const withoutMenuExtension = company({ extensions: acme.extensions.filter((extension) => extension.type !== 'IvrMenu') });
    expect(describeDestination(withoutMenuExtension, toExt('500'))).toBe('Main Menu (ext 500)');
  });

  it('says "unknown extension" with the id when the account has no such extension', () => {
    expect(describeDestination(acme, { kind: 'extension', extensionId: '123' })).toBe('unknown extension 123');
  });
});

describe('describeExtension', () => {
  it('names a user by name and number', () => {
    expect(describeExtension(company(), '1001')).toBe('Alice Smith (ext 101)');
  });
});
