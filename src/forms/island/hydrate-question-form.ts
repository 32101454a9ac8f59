import { startIslands } from './hydrate.ts';

startIslands('question-form', () => import('./question-island.ts'));
