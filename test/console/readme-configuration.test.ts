import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The variables `# NAME=` lines of .env.example set, each commented. */
function envExampleVariables(): string[] {
  return [...read('.env.example').matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]!);
}

/** The variables named in the first column of the README's configuration table. */
function readmeVariables(): string[] {
  const section = /## Configuration\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
  return [...section.matchAll(/^\| (`[A-Z][^|]*) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((name) => name[1]!));
}

describe('the configuration documents', () => {
  it('list the same variables in .env.example and in the README table', () => {
    expect(new Set(readmeVariables())).toEqual(new Set(envExampleVariables()));
  });

  it('cover every variable the configuration reads', () => {
    const schema = /const envSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(read('src/config.ts'))?.[1] ?? '';
    const variables = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]!);
    expect(variables.length).toBeGreaterThan(10);
    expect(envExampleVariables()).toEqual(expect.arrayContaining(variables));
  });

  it('keep every line of .env.example commented', () => {
    const lines = read('.env.example').split('\n').filter((line) => line.trim() !== '');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual([]);
  });
});
