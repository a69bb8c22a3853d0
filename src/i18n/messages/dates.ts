import { message } from '../catalogue.ts';

/** Words around dates and times that are not the dates themselves. */
export const DATE_MESSAGES = {
  /** After a day that a rule covers from midnight to midnight. */
  'all-day': message<{ day: string }>({
    en: ({ day }) => `${day} (all day)`,
    fr: ({ day }) => `${day} (toute la journée)`,
    examples: [{ day: 'Dec 25, 2026' }],
  }),
};
