/** A form in the browser: the shared machinery (useFormIsland) over the form's own Fields view. */
import type { AnyObject } from 'yup';
import type { Messages } from '../messages.ts';
import { formLinks, type FormDefinition } from '../definition.ts';
import { useFormIsland } from './use-form-island.ts';

/** What the page passes to the island as JSON (see src/components/forms/FormBlock.astro). */
export interface IslandProps {
  lang: string;
  /** The form's interface strings in the page's language. */
  messages: Messages;
}

export function IslandForm<V extends object>({
  form,
  lang,
  messages,
  typed,
}: IslandProps & { form: FormDefinition<AnyObject, V>; typed?: V }) {
  const island = useFormIsland(form, { lang, messages, typed });
  const { Fields } = form;
  return <Fields {...island} {...formLinks(form, lang)} lang={lang} municipalityOptions="" />;
}
