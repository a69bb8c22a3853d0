import type { webApi } from '@slack/bolt';
import { defaultLanguage, languageOfLocale, type Language } from '../i18n/index.ts';

/** How long a person's language is trusted before Slack is asked again (people rarely change it). */
const CACHE_MS = 30 * 60 * 1000;

/** The language each Slack user reads and writes in. */
export interface SlackUserLanguages {
  /**
   * The language to read `userId`'s commands in first and to answer them in: their Slack
   * language when it is English or French, else the company's. Never throws.
   */
  languageOf(userId: string): Promise<Language>;
  /**
   * The company's language, for messages to channels and people without one of their own:
   * SWITCHBOARD_LANGUAGE, else the RingCentral account's locale as last read, else English.
   */
  companyLanguage(): Language;
  /** Keeps the account's locale (`CallHandling.locale`) from a read of the call handling, for `companyLanguage`. */
  rememberAccountLocale(accountLocale: string | undefined): void;
}

/**
 * People's languages from their Slack settings (users.info with include_locale), cached. A locale
 * Switchboard does not speak, or a failed lookup, gives the company's language: a person is
 * answered in some language rather than not at all.
 */
export function createSlackUserLanguages(client: webApi.WebClient, configured: Language | undefined, now: () => number = Date.now): SlackUserLanguages {
  const cache = new Map<string, { readonly at: number; readonly language: Language | null }>();
  // A button click reads no call handling: the account's locale is the one the last read found.
  let accountLocale: string | undefined;
  const companyLanguage = (): Language => defaultLanguage(configured, accountLocale);
  const slackLanguageOf = async (userId: string): Promise<Language | null> => {
    const cached = cache.get(userId);
    if (cached !== undefined && now() - cached.at < CACHE_MS) return cached.language;
    try {
      const answer = await client.users.info({ user: userId, include_locale: true });
      const language = languageOfLocale(answer.user?.locale ?? '');
      cache.set(userId, { at: now(), language });
      return language;
    } catch {
      // users.info failing (a rate limit, a missing scope) must not stop the command; not cached, so the next one asks again.
      return null;
    }
  };
  return {
    async languageOf(userId) {
      return (await slackLanguageOf(userId)) ?? companyLanguage();
    },
    companyLanguage,
    rememberAccountLocale(locale) {
      if (locale !== undefined) accountLocale = locale;
    },
  };
}
