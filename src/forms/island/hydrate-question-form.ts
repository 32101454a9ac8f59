import QuestionForm from '../components/QuestionForm.tsx';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('question-form', QuestionForm);
