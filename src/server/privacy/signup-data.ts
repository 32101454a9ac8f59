/**
 * Every table that keeps personal data tied to an expert sign-up, by the sign-up's reference
 * (E-7K3Q-9P). `team erase` (src/server/team/erase.ts) removes the rows of each for every sign-up
 * it erases, before the sign-up itself, and says how many it removed per label.
 *
 * A feature that stores something about a person of the pool (an invitation, a reply, attendance)
 * adds one line here, in the order rows must go (a table referring to another comes first), and
 * nothing else: erase, its output and its tests follow (tests/integration/team/erase.test.ts checks
 * every table listed here exists and is emptied).
 */
export interface SignupLinkedTable {
  table: string;
  /** The column holding the sign-up's reference. */
  referenceColumn: string;
  /** How the team CLI counts it: "pending confirmation(s)". */
  label: string;
}

export const SIGNUP_LINKED_TABLES: readonly SignupLinkedTable[] = [];
