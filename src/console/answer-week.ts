import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DateTime } from 'luxon';
import type { CallHandling } from '../callflow/index.ts';
import { CONSOLE_MESSAGES, say, type Language } from '../i18n/index.ts';
import { renderWeekPng, weekLegendLines, weekSvgSize, weekTimeline } from '../week/index.ts';
import { weekOfQuestion, type WeekQuestion } from '../workflow/index.ts';
import { EXIT, writeLine, type CliIo } from './cli-io.ts';
import { createConsoleStyle } from './console-style.ts';

/** How `week` answers: JSON, and a PNG file to write (`run --png FILE`). */
export interface WeekAnswerOptions {
  readonly json: boolean;
  readonly png?: string;
}

/**
 * Answers `week`: writes the picture when asked (then says where, with the legend), prints the
 * week as JSON with `json`, else the text timeline, in colour only on a terminal. The lines around
 * the picture are in `language`; the week itself is worded by src/week.
 */
export async function answerWeek(intent: WeekQuestion, handling: CallHandling, now: DateTime, options: WeekAnswerOptions, io: CliIo, language: Language = 'en'): Promise<number> {
  const week = weekOfQuestion(intent, handling, now, language);
  if (options.png !== undefined) {
    const file = resolve(io.cwd ?? '.', options.png);
    try {
      await writeFile(file, await renderWeekPng([week]));
    } catch (error) {
      writeLine(io.stderr, say(language, CONSOLE_MESSAGES['png-not-written'], { png: options.png, reason: (error as Error).message }));
      return EXIT.refused;
    }
    if (!options.json) {
      const { width, height } = weekSvgSize([week]);
      writeLine(io.stdout, say(language, CONSOLE_MESSAGES['png-written'], { png: options.png, width, height, title: week.title }));
      weekLegendLines(week).forEach((line) => writeLine(io.stdout, line));
      return EXIT.ok;
    }
  }
  if (options.json) {
    writeLine(io.stdout, JSON.stringify(week, null, 2));
    return EXIT.ok;
  }
  weekTimeline(week, { color: createConsoleStyle(io.stdout, io.env).colours }).forEach((line) => writeLine(io.stdout, line));
  return EXIT.ok;
}
