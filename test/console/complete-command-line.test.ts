import { describe, expect, it } from 'vitest';
import type { CallHandling } from '../../src/callflow/index.ts';
import { buildCompletionWords, completeCommandLine } from '../../src/console/complete-command-line.ts';

const handling = {
  extensions: [
    { id: '1', extensionNumber: '300', name: 'Main Voicemail', type: 'Voicemail', enabled: true },
    { id: '2', extensionNumber: '200', name: 'Support Queue', type: 'Department', enabled: true },
    { id: '3', extensionNumber: '201', name: 'Sales', type: 'Department', enabled: true },
    { id: '4', extensionNumber: '999', name: 'Old Line', type: 'User', enabled: false },
  ],
  customRules: [{ id: 'r1', name: 'VIP callers' }],
} as unknown as CallHandling;

const words = buildCompletionWords(handling, ['alice', 'bob']);

describe('completeCommandLine', () => {
  it('completes the first word from the command reference', () => {
    expect(completeCommandLine('ro', words)).toEqual([['route'], 'ro']);
    expect(completeCommandLine('h', words)[0]).toEqual(expect.arrayContaining(['hours', 'holidays', 'history']));
  });

  it('offers the workflow words and the console commands', () => {
    expect(completeCommandLine('app', words)).toEqual([['approve'], 'app']);
    expect(completeCommandLine('pen', words)).toEqual([['pending'], 'pen']);
    expect(completeCommandLine(':q', words)).toEqual([[':quit'], ':q']);
    expect(completeCommandLine(':', words)[0]).toEqual([':as', ':now', ':help', ':quit']);
  });

  it('lists every command when nothing matches the first word', () => {
    expect(completeCommandLine('zz', words)[0]).toEqual(words.commands);
  });

  it('completes a target name of several words from its start, whatever the case', () => {
    expect(completeCommandLine('route to main v', words)).toEqual([['Main Voicemail'], 'main v']);
    expect(completeCommandLine('route to Su', words)).toEqual([['Support Queue'], 'Su']);
  });

  it('offers the target keywords beside the extension names', () => {
    expect(completeCommandLine('route after hours to voi', words)).toEqual([['voicemail'], 'voi']);
  });

  it('lists every target after a space', () => {
    expect(completeCommandLine('route to ', words)).toEqual([['greeting', 'voicemail', 'operator', 'Main Voicemail', 'Support Queue', 'Sales'], '']);
  });

  it('does not offer a disabled extension', () => {
    expect(completeCommandLine('route to Old', words)).toEqual([[], '']);
  });

  it('completes rule names, quoted, after "rule"', () => {
    expect(completeCommandLine('rule "VI', words)).toEqual([['"VIP callers"'], '"VI']);
  });

  it('completes the users the policy names after ":as"', () => {
    expect(completeCommandLine(':as b', words)).toEqual([['bob'], 'b']);
  });

  it('knows no targets before the call handling has been read', () => {
    const empty = buildCompletionWords(undefined, []);
    expect(completeCommandLine('route to S', empty)).toEqual([[], '']);
    expect(completeCommandLine('st', empty)).toEqual([['status'], 'st']);
  });
});
