/** The sign-up form's island, loaded when needed (see hydrate.ts). */
import SignupForm, { type SignupFormProps } from '../components/SignupForm.tsx';
import { signupValuesFrom } from '../components/SignupFields.tsx';
import { SIGNUP_SHAPE } from '../signup-schema.ts';
import { rawValues } from '../raw-values.ts';
import { mountForm } from './mount.ts';

export function mount(root: HTMLElement, props: unknown): void {
  mountForm(SignupForm, (form, p: SignupFormProps) => signupValuesFrom(p.lang, rawValues(new FormData(form), SIGNUP_SHAPE)), root, props as SignupFormProps);
}
