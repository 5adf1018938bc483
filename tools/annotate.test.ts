/** The CLI's JSON is a contract (DESIGN.md, Contracts): a figure's frame and verdict, every key always there. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm run -s annotate -- --json', () => {
  it('gives each figure its metric, period, role, valueMax, qualifier, facts and conflicts', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tools/annotate.ts', '--json', 'e2e/pages/wrong-figure.html'],
      { cwd: root, encoding: 'utf8' },
    );
    const [file] = JSON.parse(out).files;
    expect(file.date).toBe('2023-05-10');
    expect([...file.subject].sort()).toEqual(['lao', 'viet-nam']);
    const figures = file.mentions.filter((mention: { kind: string }) => mention.kind === 'figure');
    expect(figures.map((mention: { text: string; figure: unknown }) => [mention.text, mention.figure])).toEqual([
      [
        '2,1 tỷ USD',
        {
          value: 2_100_000_000,
          valueMax: null,
          unit: 'USD',
          metric: 'thuong-mai-viet-nam-lao',
          period: '2022',
          role: 'result',
          qualifier: null,
          facts: [],
          conflicts: ['viet-nam-thuong-mai-voi-lao-2022'],
        },
      ],
      [
        '1,7 tỷ USD',
        {
          value: 1_700_000_000,
          valueMax: null,
          unit: 'USD',
          metric: 'thuong-mai-viet-nam-lao',
          period: '2022',
          role: 'result',
          qualifier: 'more-than',
          facts: ['viet-nam-thuong-mai-voi-lao-2022'],
          conflicts: [],
        },
      ],
    ]);
    expect(figures[0].entity.id).toBe('thuong-mai-viet-nam-lao');
  }, 30_000);
});
