/** The page tests' tree order (tree-order.ts) is DOM's: within one tree, a node follows those before it in preorder. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isFollowing } from './tree-order.ts';

/** Every node under `root` (included), in tree order. */
function preorder(root: Node): Node[] {
  return [root, ...[...root.childNodes].flatMap((child) => preorder(child))];
}

/** Grows a tree under `root`: node k goes under the element (or root) that `parents[k]` picks among those made. */
function grow(root: Node, parents: number[]): void {
  const document = root.ownerDocument as Document;
  const hosts: Node[] = [root];
  for (const [k, choice] of parents.entries()) {
    const node = k % 3 === 2 ? document.createTextNode(`${k}`) : document.createElement('span');
    (hosts[choice % hosts.length] as Node).appendChild(node);
    if (node.nodeType === 1) hosts.push(node);
  }
}

it('agrees with a preorder walk on every pair of nodes, in the document, a shadow root and a detached tree', () => {
  const shape = fc.array(fc.nat(), { minLength: 1, maxLength: 30 });
  fc.assert(
    fc.property(shape, shape, shape, (page, shadow, detached) => {
      document.body.replaceChildren();
      grow(document.body, page);
      const host = [...document.body.querySelectorAll('span')].pop() ?? document.body;
      const shadowRoot = host.attachShadow({ mode: 'open' });
      grow(shadowRoot, shadow);
      const detachedRoot = document.createElement('div');
      grow(detachedRoot, detached);
      const trees = [preorder(document), preorder(shadowRoot), preorder(detachedRoot)];
      const nodes = trees.flat();
      const wrong = nodes.flatMap((a) =>
        nodes
          .filter((b) => {
            const tree = trees.find((nodesOfTree) => nodesOfTree.includes(a)) as Node[];
            const expected = tree.includes(b) && tree.indexOf(a) > tree.indexOf(b);
            return isFollowing(a, b) !== expected;
          })
          .map((b) => `${a.nodeName} ${nodes.indexOf(a)} / ${b.nodeName} ${nodes.indexOf(b)}`),
      );
      expect(wrong).toEqual([]);
    }),
    { numRuns: 50 },
  );
});
