/** The question form's island, loaded when needed (see ../island/hydrate.ts). */
import { mountIsland } from '../island/mount.ts';
import type { IslandProps } from '../island/IslandForm.tsx';
import { QUESTION_FORM } from './form.ts';

export const mount = (root: HTMLElement, props: unknown): void =>
  mountIsland(QUESTION_FORM, root, props as IslandProps);
