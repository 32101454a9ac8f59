/** The question form's island, loaded when needed (see hydrate.ts). */
import QuestionForm, { type QuestionFormProps } from '../components/QuestionForm.tsx';
import { questionValuesFrom } from '../components/QuestionFields.tsx';
import { QUESTION_SHAPE } from '../question-schema.ts';
import { rawValues } from '../raw-values.ts';
import { mountForm } from './mount.ts';

export function mount(root: HTMLElement, props: unknown): void {
  mountForm(QuestionForm, (form, p: QuestionFormProps) => questionValuesFrom(p.lang, rawValues(new FormData(form), QUESTION_SHAPE)), root, props as QuestionFormProps);
}
