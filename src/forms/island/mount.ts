/**
 * Hydrates a form's server-rendered HTML as an island (the IslandForm component over the form's
 * Fields view), passing on what was typed before it started.
 */
import { h, hydrate } from 'preact';
import type { AnyObject } from 'yup';
import type { FormDefinition } from '../definition.ts';
import { rawValues } from '../raw-values.ts';
import { shapeOf } from '../definition.ts';
import { IslandForm, type IslandProps } from './IslandForm.tsx';

export function mountIsland<V extends object>(
  form: FormDefinition<AnyObject, V>,
  root: HTMLElement,
  props: IslandProps,
): void {
  const element = root.querySelector('form');
  const typed = element
    ? form.values.from(props.lang, rawValues(new FormData(element), shapeOf(form.schema)))
    : undefined;
  hydrate(h(IslandForm<V>, { form, ...props, typed }), root);
}
