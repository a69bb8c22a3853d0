import { describe, expect, it } from 'vitest';
import { parseTimeRange } from '../../src/language/parse-time-range.ts';

describe('parseTimeRange', () => {
  // Business-hours common sense: bare hours are read the way people mean them at work.
  it.each([
    ['from 12 to 1', 720, 780],
    ['12 to 1', 720, 780],
    ['9 to 5', 540, 1020],
    ['9-5', 540, 1020],
    ['9-9', 540, 1260],
    ['from 12 to 5', 720, 1020],
    ['10 to 2', 600, 840],
    ['between 12 and 1', 720, 780],
    ['8-10am', 480, 600],
    ['11-1pm', 660, 780],
    ['1-5pm', 780, 1020],
    ['6-11pm', 1080, 1380],
    ['5pm-9', 1020, 1260],
    ['noon-2', 720, 840],
    ['8-noon', 480, 720],
    ['12:00-13:00', 720, 780],
    ['9:30am-4:45pm', 570, 1005],
    ['08:00-17:30', 480, 1050],
    ['00:00 to 24:00', 0, 1440],
    ['midnight to midnight', 0, 1440],
    ['all day', 0, 1440],
  ])('reads "%s" as %i-%i minutes', (text, from, to) => {
    expect(parseTimeRange(text)).toEqual({ from, to });
  });

  it.each([
    ['10pm-6am', 1320, 360],
    ['22-6', 1320, 360],
    ['22:00-06:00', 1320, 360],
    ['11pm-7', 1380, 420],
  ])('keeps "%s" running past midnight (to <= from)', (text, from, to) => {
    expect(parseTimeRange(text)).toEqual({ from, to });
  });

  it('refuses "1 to 5", which could be night or afternoon', () => {
    expect(parseTimeRange('1 to 5')).toEqual({ ok: false, code: 'time-ambiguous', text: '1 to 5' });
  });

  it('refuses a range that ends when it starts', () => {
    expect(parseTimeRange('09:00-09:00')).toMatchObject({ ok: false, code: 'range-ends-before-start' });
  });

  it.each(['25:00-26:00', '13pm-2pm', '9:75-10', 'noonish', '9 to', 'from 9'])('does not read "%s" as a time range', (text) => {
    expect(parseTimeRange(text)).toBeNull();
  });
});
