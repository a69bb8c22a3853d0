import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommandReference } from '../../src/language/index.ts';

describe('the README French command reference', () => {
  it('is exactly the French table generated from the grammar, under "En français"', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /\n## En français\n[\s\S]*?<!-- command-reference-fr:start -->\n([\s\S]*?)\n<!-- command-reference-fr:end -->/.exec(readme)?.[1];
    expect(section).toBe(renderCommandReference('fr'));
  });
});
