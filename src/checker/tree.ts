/**
 * The checker's decision tree as data: checked for dead ends and unreachable parts, walked to
 * list every reachable state (each becomes a static page), and resolved from a URL path.
 */
import type { CheckerText, CheckerTree } from '../content-model/checker-schema.ts';

export type Step = { next: string } | { result: string };

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
  // Reachability and cycles, walking from the start.
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

export interface CheckerState {
  /** The answer ids so far (the URL path after /vragen/). */
  answers: string[];
  /** The nodes passed, one per answer, then the current one (if a question). */
  nodes: string[];
  kind: 'question' | 'result';
  /** The node asked on this page (question) … */
  node?: string;
  /** … or the result reached. */
  result?: string;
}

/** Every reachable state: the first question, every later question, every result. */
export function allStates(tree: CheckerTree): CheckerState[] {
  const states: CheckerState[] = [];
  const visit = (nodeId: string, answers: string[], nodes: string[]) => {
    states.push({ answers, nodes: [...nodes, nodeId], kind: 'question', node: nodeId });
    for (const [answer, step] of Object.entries(tree.nodes[nodeId]!.answers)) {
      if ('next' in step) visit(step.next, [...answers, answer], [...nodes, nodeId]);
      else
        states.push({
          answers: [...answers, answer],
          nodes: [...nodes, nodeId],
          kind: 'result',
          result: step.result,
        });
    }
  };
  visit(tree.start, [], []);
  return states;
}

/** Where a list of answers leads: a state, or null for a path that does not exist. */
export function resolve(tree: CheckerTree, answers: readonly string[]): CheckerState | null {
  let node = tree.start;
  const nodes: string[] = [];
  for (let i = 0; i < answers.length; i++) {
    const step = tree.nodes[node]?.answers[answers[i]!];
    if (!step) return null;
    nodes.push(node);
    if ('result' in step)
      return i === answers.length - 1
        ? { answers: [...answers], nodes, kind: 'result', result: step.result }
        : null;
    node = step.next;
  }
  return { answers: [...answers], nodes: [...nodes, node], kind: 'question', node };
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
