import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommandReference } from '../../src/language/index.ts';

describe('the README command reference', () => {
  it('is exactly the table generated from the grammar', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /<!-- command-reference:start -->\n([\s\S]*?)\n<!-- command-reference:end -->/.exec(readme)?.[1];
    expect(section).toBe(renderCommandReference());
  });
});
