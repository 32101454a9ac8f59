/**
 * The checker's decision tree as data: checked for dead ends and unreachable parts, walked to
 * list every reachable state (each becomes a static page), and resolved from a URL path.
 */
import type { CheckerText, CheckerTree } from '../content-model/checker-schema.ts';

type CheckerNode = CheckerTree['nodes'][string];

/** Everything wrong with a tree, as sentences that say where. Empty when the tree is sound. */
export function treeProblems(tree: CheckerTree, text: CheckerText, resultIds: readonly string[]): string[] {
  const problems: string[] = [];
  const where = 'content/checker/tree.yaml';
  if (!tree.nodes[tree.start]) problems.push(`${where}: "start: ${tree.start}" is not a node.`);
  const usedResults = new Set<string>();
  for (const [id, node] of Object.entries(tree.nodes)) {
    const question = text.questions[node.question];
    if (!question)
      problems.push(
        `${where}: node "${id}" asks "${node.question}", which content/checker/nl.yaml does not have.`,
      );
    if (Object.keys(node.answers).length < 2)
      problems.push(`${where}: node "${id}" needs at least 2 answers.`);
    for (const [answer, step] of Object.entries(node.answers)) {
      if (question && !question.answers[answer])
        problems.push(
          `content/checker/nl.yaml: question "${node.question}" has no text for answer "${answer}" (node "${id}").`,
        );
      if ('next' in step && !tree.nodes[step.next])
        problems.push(
          `${where}: node "${id}", answer "${answer}" goes to "${step.next}", which is not a node (a dead end).`,
        );
      if ('result' in step) {
        usedResults.add(step.result);
        if (!resultIds.includes(step.result))
          problems.push(
            `${where}: node "${id}", answer "${answer}" ends in result "${step.result}", but content/checker/results/nl/${step.result}.mdx does not exist.`,
          );
      }
    }
  }
  // Reachability and cycles, walking from the start. Two answers may lead to the same node (a
  // shared subtree); that is not a circle, only a node that appears twice on one path is.
  const reached = new Set<string>();
  const walk = (id: string, trail: string[]) => {
    if (trail.includes(id)) {
      problems.push(`${where}: the path ${[...trail, id].join(' → ')} goes round in a circle.`);
      return;
    }
    const node = tree.nodes[id];
    if (!node) return;
    reached.add(id);
    for (const step of Object.values(node.answers)) if ('next' in step) walk(step.next, [...trail, id]);
  };
  walk(tree.start, []);
  for (const id of Object.keys(tree.nodes))
    if (!reached.has(id)) problems.push(`${where}: node "${id}" cannot be reached from the start.`);
  for (const id of resultIds)
    if (!usedResults.has(id))
      problems.push(`content/checker/results/nl/${id}.mdx is never reached: no answer ends in "${id}".`);
  return problems;
}

/** One question answered on the way: the node that asked it and the answer given. */
export interface Answered {
  node: string;
  answer: string;
}

/**
 * Where a reader is: on a question page or on a result page. `answers` is the URL path after
 * /vragen/; `path` the same answers with the node that asked each one.
 */
export type CheckerState =
  | { kind: 'question'; answers: string[]; path: Answered[]; node: string }
  | { kind: 'result'; answers: string[]; path: Answered[]; result: string };

export type QuestionState = Extract<CheckerState, { kind: 'question' }>;
export type ResultState = Extract<CheckerState, { kind: 'result' }>;

/** A node by id; throws for an id the tree does not have (the build checked the tree before). */
export function nodeOf(tree: CheckerTree, id: string): CheckerNode {
  const node = tree.nodes[id];
  if (!node) throw new Error(`content/checker/tree.yaml has no node "${id}".`);
  return node;
}

function questionState(path: Answered[], node: string): QuestionState {
  return { kind: 'question', answers: path.map((a) => a.answer), path, node };
}

function resultState(path: Answered[], result: string): ResultState {
  return { kind: 'result', answers: path.map((a) => a.answer), path, result };
}

/** Every reachable state: the first question, every later question, every result. */
export function allStates(tree: CheckerTree): CheckerState[] {
  const states: CheckerState[] = [];
  const visit = (nodeId: string, path: Answered[]) => {
    states.push(questionState(path, nodeId));
    for (const [answer, step] of Object.entries(nodeOf(tree, nodeId).answers)) {
      const next = [...path, { node: nodeId, answer }];
      if ('next' in step) visit(step.next, next);
      else states.push(resultState(next, step.result));
    }
  };
  visit(tree.start, []);
  return states;
}

/** Where a list of answers leads: a state, or null for a path that does not exist. */
export function resolve(tree: CheckerTree, answers: readonly string[]): CheckerState | null {
  let node = tree.start;
  const path: Answered[] = [];
  for (const [i, answer] of answers.entries()) {
    const step = tree.nodes[node]?.answers[answer];
    if (!step) return null;
    path.push({ node, answer });
    if ('result' in step) return i === answers.length - 1 ? resultState(path, step.result) : null;
    node = step.next;
  }
  return questionState(path, node);
}

/** The most questions any path asks (for "question 2 of 5"). */
export function longestPath(tree: CheckerTree, from = tree.start): number {
  const node = tree.nodes[from];
  if (!node) return 0;
  return (
    1 +
    Math.max(
      0,
      ...Object.values(node.answers).map((step) => ('next' in step ? longestPath(tree, step.next) : 0)),
    )
  );
}
