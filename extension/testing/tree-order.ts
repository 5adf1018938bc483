/**
 * happy-dom decides whether one node follows another (each Range.setStart and setEnd asks) by walking the tree in
 * order from the one to the other, an indexOf among siblings at every step: on the random pages 1,000 levels deep
 * a fifth of never-break's time. Here the same answer (DOM's tree order) from the two nodes' ancestor chains.
 * For the page tests only (vitest.config.ts); browsers answer natively.
 */
import NodeUtility from 'happy-dom/lib/nodes/node/NodeUtility.js';

/** The node and its ancestors, the root first. */
function chain(node: Node): Node[] {
  const nodes: Node[] = [];
  for (let current: Node | null = node; current; current = current.parentNode) nodes.push(current);
  return nodes.reverse();
}

/** Whether `a` follows `b` in tree order (in the same tree). */
export function isFollowing(a: Node, b: Node): boolean {
  if (a === b) return false;
  const ofA = chain(a);
  const ofB = chain(b);
  if (ofA[0] !== ofB[0]) return false;
  let depth = 0;
  while (depth < ofA.length && depth < ofB.length && ofA[depth] === ofB[depth]) depth += 1;
  // An ancestor comes before its descendants.
  if (depth === ofB.length) return true;
  if (depth === ofA.length) return false;
  const siblings = [...(ofA[depth - 1] as Node).childNodes];
  return siblings.indexOf(ofA[depth] as ChildNode) > siblings.indexOf(ofB[depth] as ChildNode);
}

Object.assign(NodeUtility, { isFollowing });
