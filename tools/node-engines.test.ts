/**
 * `npm ci` on the oldest Node the project claims (`engines` in package.json) installs without EBADENGINE warnings
 * (review item 19: listr2, pulled in by WXT's store uploader, wanted Node ≥ 22.13 while `engines` said ≥ 20). npm
 * checks every package it installs against the running Node; optional packages whose engines do not match are
 * skipped without a word, so only the others count. The lock file says what npm ci installs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

const read = (name: string) => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'));

/** The numbers of a version or a partial one ("20", "10.x", "6.*"): missing or wild parts are undefined. */
function parts(text: string): Array<number | undefined> {
  return text.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : undefined));
}

function compare(a: Version, b: Array<number | undefined>): number {
  for (let i = 0; i < 3; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether `node` satisfies one comparator of an `engines` range (the forms the lock file holds). */
function satisfiesComparator(node: Version, comparator: string): boolean {
  const [, operator = '', version = ''] = /^(>=|<=|>|<|\^|~)?\s*(.*)$/.exec(comparator) ?? [];
  if (version === '*' || version === 'x') return true;
  const wanted = parts(version);
  switch (operator) {
    case '>=':
      return compare(node, wanted) >= 0;
    case '>':
      return compare(node, wanted) > 0;
    case '<=':
      return compare(node, wanted) <= 0;
    case '<':
      return compare(node, wanted) < 0;
    case '^':
      return node[0] === wanted[0] && compare(node, wanted) >= 0;
    case '~':
      return node[0] === wanted[0] && node[1] === (wanted[1] ?? node[1]) && compare(node, wanted) >= 0;
    default:
      // A plain or partial version: every part it gives must match.
      return wanted.every((part, i) => part === undefined || part === node[i]);
  }
}

function satisfies(node: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => satisfiesComparator(node, comparator)),
  );
}

describe('the Node versions the dependencies ask for', () => {
  it('reads ranges as npm does', () => {
    expect(satisfies([20, 19, 0], '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies([20, 19, 0], '>=22.13.0')).toBe(false);
    expect(satisfies([20, 19, 0], '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies([20, 19, 0], '^22.20 || ^24.12 || >=25')).toBe(false);
    expect(satisfies([20, 19, 0], '18 || 20 || >=22')).toBe(true);
    expect(satisfies([20, 19, 0], '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies([20, 19, 0], '>= 20.19.0')).toBe(true);
    expect(satisfies([20, 18, 9], '>=20.19')).toBe(false);
  });

  it('are met by the oldest Node that package.json claims, for everything npm ci installs', () => {
    const engines = read('package.json').engines.node as string;
    const floor = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(engines)?.[1];
    expect(floor, `engines.node is a floor: ${engines}`).toBeDefined();
    const [major = 0, minor = 0, patch = 0] = (floor as string).split('.').map(Number);
    const node: Version = [major, minor, patch];
    const lock = read('package-lock.json') as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    };
    const unmet = Object.entries(lock.packages)
      .filter(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return path !== '' && !entry.optional && range !== undefined && !satisfies(node, range);
      })
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants node ${JSON.stringify(entry.engines)}`);
    expect(unmet).toEqual([]);
  });
});
