/** Hydrates a form island, passing on what was typed before it started. */
import { h, hydrate, type ComponentType } from 'preact';

export function mountForm<P extends object, V>(
  component: ComponentType<P & { typed?: V }>,
  typedValues: (form: HTMLFormElement, props: P) => V,
  root: HTMLElement,
  props: P,
): void {
  const form = root.querySelector('form');
  hydrate(h(component, { ...props, typed: form ? typedValues(form, props) : undefined }), root);
}
