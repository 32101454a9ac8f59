/**
 * "Is deze pagina nuttig? Ja / Nee": two buttons in a plain form, each sending its answer to the
 * feedback endpoint with the page and its translation status. No state, no JavaScript.
 */
import { Honeypot } from '../ui/Honeypot.tsx';
import type { Translate } from '../ui/fields-props.ts';
import { FEEDBACK_ANSWERS } from './schema.ts';

interface Props {
  t: Translate;
  endpoint: string;
  locale: string;
  page: string;
  translation: string;
}

export function UsefulForm({ t, endpoint, locale, page, translation }: Props) {
  return (
    <form class="ww-useful" method="post" action={endpoint} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="page" value={page} />
      <input type="hidden" name="translation" value={translation} />
      <Honeypot form="feedback-useful" label={t('form.honeypot')} value="" />
      <fieldset>
        <legend>{t('feedback.useful')}</legend>
        {FEEDBACK_ANSWERS.map((answer) => (
          <button
            key={answer}
            class="utrecht-button utrecht-button--primary-action"
            name="answer"
            value={answer}
          >
            {t(`feedback.${answer}`)}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
