/** What a form's island gets as JSON (its language and interface strings) and a `t` over the same strings for the static render. */
import type { FormDefinition } from '../../forms/definition.ts';
import type { IslandProps } from '../../forms/island/IslandForm.tsx';
import { collectMessages, format, formMessagePrefixes } from '../../forms/messages.ts';
import type { Translate } from '../../i18n/translator.ts';
import { uiKeys } from '../../i18n/ui-keys.ts';

export async function formIslandProps(form: Pick<FormDefinition, 'id'>, lang: string, t: Translate) {
  const props: IslandProps = {
    lang,
    messages: collectMessages(await uiKeys(), formMessagePrefixes(form.id), (key) => t(key)),
  };
  return {
    props,
    t: (key: string | string[], params?: Record<string, string | number>) =>
      format(props.messages, key, params),
  };
}
