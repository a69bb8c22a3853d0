import { createRequire } from 'node:module';
import type { WeekRouting } from '../callflow/index.ts';
import { renderWeekSvg, WEEK_FONT_FAMILY } from './week-svg.ts';

// The fonts ship with the dejavu-fonts-ttf package, so the picture looks the same on every host.
const require = createRequire(import.meta.url);
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((file) => require.resolve(file));

/**
 * The week as a PNG, rendered from `renderWeekSvg` by resvg at the SVG's own size, with the
 * bundled DejaVu fonts only.
 */
export async function renderWeekPng(weeks: ReadonlyArray<WeekRouting>): Promise<Uint8Array> {
  // Loaded on first use: the native renderer is needed only when a picture is asked for.
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(renderWeekSvg(weeks), {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: WEEK_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}
