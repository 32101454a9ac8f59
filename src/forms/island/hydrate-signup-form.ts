import SignupForm from '../components/SignupForm.tsx';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('signup-form', SignupForm);
