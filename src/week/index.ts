/**
 * The week as people see it: a picture (SVG, PNG) and a terminal timeline of `resolveWeek`'s
 * cells. Used by the Slack and console adapters alike; it draws, it never resolves a call itself.
 */
export { renderWeekSvg, weekSvgSize } from './week-svg.ts';
export { renderWeekPng } from './week-png.ts';
export { weekTimeline } from './week-timeline.ts';
export { weekLegendLines } from './week-legend-lines.ts';
