import { enUS } from './en-US';
import { zhCN, type Messages } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { Messages };

const catalogues: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** Chinese unless Office (or the browser) says the user reads English. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

/** Fills {name} placeholders of a message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
}
