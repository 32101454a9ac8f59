import { startIslands } from './hydrate.ts';

startIslands('signup-form', () => import('./signup-island.ts'));
