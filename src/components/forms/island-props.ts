/** The props every form island gets: language, its interface strings, endpoint, privacy and thank-you links. */
import { collectMessages, format } from '../../forms/messages.ts';
import { pagePath, ROUTES } from '../../i18n/urls.ts';
import { uiKeys } from '../../i18n/ui-keys.ts';
import { useTranslate } from '../../i18n/ui.ts';

export async function formIslandProps(lang: string, form: 'question' | 'signup', endpoint: string) {
  const t = await useTranslate(lang);
  const props = {
    lang,
    messages: collectMessages(await uiKeys(), ['form.', `${form}.`], (key) => t(key)),
    endpoint,
    privacyHref: pagePath(lang, ROUTES.privacy),
    thanksPage: pagePath(lang, form === 'question' ? ROUTES.askThanks : ROUTES.poolThanks),
  };
  return { props, t: (key: string | string[], params?: Record<string, string | number>) => format(props.messages, key, params), municipalityNone: t('form.municipality.none') };
}
