import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE, hostilePack, PAYLOADS } from '../../e2e/support/hostile-pack.ts';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import type { FactBase } from '../../shared/factbase/schema.ts';
import { decodeAnnotatorState, restoreAnnotator } from '../../shared/text/annotate.ts';
import type { MekongDatabase } from '../db/database.ts';
import { freshDatabase } from '../db/test-support.ts';
import type { ImportReport } from '../messaging/protocol.ts';
import { PACK_LIMITS } from './pack-limits.ts';
import { checkFactPack } from './packs.ts';
import { Store } from './store.ts';
import { testPack } from './test-pack.ts';

const validPack = testPack;

/** The valid pack changed by `edit` (which may break it any way it likes). */
function broken(edit: (pack: Record<string, unknown> & FactBase) => void): unknown {
  const pack = structuredClone(validPack()) as Record<string, unknown> & FactBase;
  edit(pack);
  return pack;
}

const check = (input: unknown, language: 'vi' | 'en' = 'en') => checkFactPack(input, bundledFactBase, { language });
const paths = async (input: unknown) => {
  const result = await check(input);
  return result.ok ? [] : result.errors.map((error) => error.path);
};
const refused = (report: ImportReport) => (report.ok ? [] : report.errors);

let db: MekongDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function storeOverFreshDatabase(): Promise<Store> {
  db = freshDatabase();
  const database = db;
  const store = new Store({ bundle: bundledFactBase, open: () => database.open().then(() => database) });
  await store.opened;
  return store;
}

/** Every table's row count, the rows of `meta` and the packs: what must not move when a pack is refused. */
async function snapshot(database: MekongDatabase) {
  const counts: Record<string, number> = {};
  for (const table of database.tables) counts[table.name] = await table.count();
  return { counts, meta: await database.table('meta').toArray(), packs: await database.packs.toArray() };
}

describe('a fact pack that is not JSON data', () => {
  it.each([
    ['undefined', undefined],
    ['a BigInt', { seeds: [], entities: [], metrics: [], facts: [], n: 1n }],
    [
      'a cycle',
      (() => {
        const pack: Record<string, unknown> = { seeds: [], entities: [], metrics: [], facts: [] };
        pack.self = pack;
        return pack;
      })(),
    ],
  ])('is refused when it is %s', async (_, input) => {
    expect(await check(input)).toEqual({ ok: false, errors: [{ path: '', message: 'The data is not JSON.' }] });
  });

  it.each([
    ['a string', 'xin chào'],
    ['a number', 42],
    ['null', null],
    ['an array', [validPack()]],
  ])('is refused when it is %s rather than an object', async (_, input) => {
    expect(await paths(input)).toEqual(['']);
  });
});

describe('a fact pack with the wrong shape', () => {
  it.each<[string, (pack: Record<string, unknown> & FactBase) => void, string]>([
    ['a missing table', (pack) => delete (pack as Partial<FactBase>).seeds, 'seeds'],
    ['a table that is not a list', (pack) => (pack.entities = 'x' as never), 'entities'],
    ['an id that is not a slug', (pack) => ((pack.entities[0] as { id: string }).id = 'Not A Slug'), 'entities.0.id'],
    ['an unknown kind', (pack) => ((pack.entities[0] as { kind: string }).kind = 'planet'), 'entities.0.kind'],
    ['an empty name', (pack) => ((pack.entities[0] as { name: string }).name = ''), 'entities.0.name'],
    [
      'an alias that is not a string',
      (pack) => ((pack.entities[0] as { aliases: unknown[] }).aliases = [7]),
      'entities.0.aliases.0',
    ],
    ['a missing summary', (pack) => delete (pack.entities[0] as { summary?: string }).summary, 'entities.0.summary'],
    [
      'a date not written YYYY-MM-DD',
      (pack) => ((pack.facts[0]?.sources[0] as { date: string }).date = '5/4/2023'),
      'facts.0.sources.0.date',
    ],
    ['a fact about nobody', (pack) => ((pack.facts[0] as { about: string[] }).about = []), 'facts.0.about'],
    ['a fact without sources', (pack) => ((pack.facts[0] as { sources: unknown[] }).sources = []), 'facts.0.sources'],
    [
      'an unknown relation type',
      (pack) => ((pack.entities[0] as { relations: unknown[] }).relations = [{ type: 'hates', target: 'to-lam' }]),
      'entities.0.relations.0.type',
    ],
    [
      'a figure whose value is text',
      (pack) =>
        ((pack.facts[0] as { figure: unknown }).figure = {
          metric: 'x',
          value: '1,7 tỷ',
          unit: 'USD',
          period: '2022',
          periodKey: '2022',
        }),
      'facts.0.figure.value',
    ],
    [
      'a metric without quantity phrases',
      (pack) =>
        (pack.metrics = [
          { id: 'm', name: 'M', unit: 'USD', frame: { quantity: [], scope: ['lao'], roles: ['result'] } },
        ]),
      'metrics.0.frame.quantity',
    ],
  ])('is refused for %s, and the problem says where', async (_, edit, path) => {
    expect(await paths(broken(edit))).toContain(path);
  });

  it('is refused for ids and dates that carry markup, and the markup comes back only as data in the message', async () => {
    const result = await check(
      broken((pack) => {
        (pack.entities[0] as { id: string }).id = PAYLOADS.img;
        (pack.facts[0]?.sources[0] as { seed: string }).seed = PAYLOADS.script;
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toContain('entities.0.id');
  });

  it('names a source article that is not known, markup and all, as text in the message', async () => {
    const result = await check(broken((pack) => ((pack.facts[0]?.sources[0] as { seed: string }).seed = PAYLOADS.img)));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'facts.0.sources.0.seed', message: `There is no article "${PAYLOADS.img}" in the seed list.` }],
    });
  });
});

describe('a fact pack with problems of every kind', () => {
  it('reports them all in one round: the schema’s, and the references of the records that have their shape', async () => {
    const pack = broken((pack) => {
      // A record that fails the schema…
      pack.entities.push({ id: 'sai-loai', kind: 'weapon', name: 'Sai loại', aliases: [], summary: 'x' } as never);
      // …a duplicate id, an unknown entity and an unknown article in records that are otherwise fine…
      pack.entities.push({ ...(pack.entities[0] as FactBase['entities'][number]), name: 'Bản sao' });
      const fact = pack.facts[0] as FactBase['facts'][number];
      pack.facts.push({
        ...fact,
        id: 'nhac-toi-khong-ai',
        about: ['khong-ai-ca'],
        sources: [{ ...(fact.sources[0] as FactBase['facts'][number]['sources'][number]), seed: 'khong-co.txt' }],
      });
    });
    expect((await paths(pack)).sort()).toEqual(
      ['entities.1.kind', 'entities.2.id', 'facts.1.about.0', 'facts.1.sources.0.seed'].sort(),
    );
  });

  it('does not report a reference to a record that is only wrong elsewhere', async () => {
    const pack = broken((pack) => {
      (pack.entities[0] as { summary: unknown }).summary = 42;
    });
    // The fact about that entity is not also "about an unknown entity".
    expect(await paths(pack)).toEqual(['entities.0.summary']);
  });
});

describe('an oversized fact pack', () => {
  it(`is refused over ${PACK_LIMITS.bytes / 1024 / 1024} MB before the schema looks at it, and says the limit`, async () => {
    const huge = broken((pack) => {
      (pack.entities[0] as { summary: string }).summary = 'x'.repeat(6 * 1024 * 1024);
    });
    expect(await check(huge)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The pack is 6 MB, over the 5 MB limit; it was not checked further.' }],
    });
    expect(await check(huge, 'vi')).toMatchObject({
      errors: [{ message: expect.stringMatching(/quá giới hạn 5 MB/) }],
    });
    // Too large and wrong in every record: only the size is reported, the records are not validated.
    expect(
      await paths({ seeds: 'x'.repeat(PACK_LIMITS.bytes + 1), entities: [{}], metrics: [{}], facts: [{}] }),
    ).toEqual(['']);
  });

  it(`is refused with more than ${PACK_LIMITS.records.entities.toLocaleString('en')} entities, before validation`, async () => {
    const many = Array.from({ length: PACK_LIMITS.records.entities + 1 }, () => ({}));
    expect(await check({ seeds: [], entities: many, metrics: [], facts: [] })).toEqual({
      ok: false,
      errors: [{ path: 'entities', message: "10,001 records, over a pack's limit of 10,000." }],
    });
  });

  it(`is refused for a name over ${PACK_LIMITS.name} characters, a summary over ${PACK_LIMITS.text}, or over ${PACK_LIMITS.aliases} aliases`, async () => {
    expect(await paths(broken((pack) => ((pack.entities[0] as { name: string }).name = 'Sê Pôn '.repeat(40))))).toEqual(
      ['entities.0.name'],
    );
    expect(
      await paths(
        broken((pack) => ((pack.entities[0] as { aliases: string[] }).aliases = ['a'.repeat(PACK_LIMITS.name + 1)])),
      ),
    ).toEqual(['entities.0.aliases.0']);
    expect(
      await paths(broken((pack) => ((pack.facts[0] as { text: string }).text = 'x'.repeat(PACK_LIMITS.text + 1)))),
    ).toEqual(['facts.0.text']);
    const aliases = Array.from({ length: PACK_LIMITS.aliases + 1 }, (_, i) => `Tên gọi ${i}`);
    expect(await paths(broken((pack) => ((pack.entities[0] as { aliases: string[] }).aliases = aliases)))).toEqual([
      'entities.0.aliases',
    ]);
  });
});

describe('a refused fact pack', () => {
  it('leaves the database exactly as it was, whatever is wrong with it', async () => {
    const store = await storeOverFreshDatabase();
    const before = await snapshot(db as MekongDatabase);
    const status = await store.status();
    const bad = [
      undefined,
      'xin chào',
      { entities: [{ id: 'Not A Slug' }] },
      broken((pack) => ((pack.facts[0] as { about: string[] }).about = ['khong-ai-ca'])),
      broken((pack) => ((pack.entities[0] as { summary: string }).summary = 'x'.repeat(PACK_LIMITS.bytes))),
      broken((pack) => ((pack.entities[0] as { id: string }).id = 'to-lam')),
      broken((pack) => ((pack.entities[0] as { name: string }).name = PAYLOADS.script.repeat(20))),
    ];
    for (const input of bad) expect(refused(await store.importPack(input)).length).toBeGreaterThan(0);
    expect(await snapshot(db as MekongDatabase)).toEqual(before);
    expect(await store.status()).toEqual(status);
  });
});

describe('a fact pack with markup or script in every free-text field', () => {
  it('is accepted as it is: every string kept byte for byte, never cleaned or parsed', async () => {
    const pack = hostilePack();
    const result = await check(pack);
    expect(result).toMatchObject({ ok: true, name: HOSTILE.packName, added: { entities: 2, facts: 2, metrics: 1 } });
    if (!result.ok) return;
    const { name: _, ...base } = pack;
    expect(result.base).toEqual(base);
  });

  it('is searched, carded and annotated with its strings as data: the page text finds the entity', async () => {
    const store = await storeOverFreshDatabase();
    expect(await store.importPack(hostilePack())).toMatchObject({ ok: true });
    const annotator = restoreAnnotator(decodeAnnotatorState(await store.annotatorState()));
    const found = annotator.annotate('Ông Bounmy Thửnghiệm nói Cầu thử nghiệm Sê Pôn sắp xong.');
    expect(found.map((mention) => mention.entity.id)).toEqual([HOSTILE.person.id, HOSTILE.project.id]);
    const card = await store.card({ type: 'card', entityId: HOSTILE.project.id, kind: 'project' });
    expect(card?.type === 'entity' && card.entity.name).toBe(HOSTILE.project.name);
    const record = await store.lookup(HOSTILE.person.id, '2024-03-15');
    expect(record?.entity.roles[0]?.title).toBe(`Giám đốc ${PAYLOADS.img}`);
    const search = await store.searchEntities();
    expect(search.find((entity) => entity.id === HOSTILE.project.id)?.aliases).toContain(PAYLOADS.script);
  });
});

describe('a fact pack whose ids and names are the words objects are made of', () => {
  /** The test pack with its project renamed and its fact about it moved along. */
  const named = (id: string, name: string, aliases: string[]) =>
    broken((pack) => {
      Object.assign(pack.entities[0] as object, { id, name, aliases });
      (pack.facts[0] as { about: string[] }).about = [id, 'pham-minh-chinh'];
    });

  it('is kept, carded, looked up and found by its names when the id is "constructor" and an alias "Constructor"', async () => {
    const store = await storeOverFreshDatabase();
    const report = await store.importPack(named('constructor', 'Dự án Constructor', ['Constructor', 'toString']));
    expect(report).toMatchObject({ ok: true });
    expect(await store.status()).toMatchObject({ database: 'ready' });
    expect((await store.lookup('constructor'))?.entity.name).toBe('Dự án Constructor');
    expect(await store.card({ type: 'card', entityId: 'constructor', kind: 'project' })).toMatchObject({
      type: 'entity',
      entity: { name: 'Dự án Constructor', facts: [expect.objectContaining({ id: 'du-an-thu-nghiem-khoi-cong' })] },
    });
    // A bundled entity's record is not lent anything by the new keys.
    expect((await store.lookup('toString'))?.entity).toBeUndefined();
    // Kept in the database: a restarted worker lays it over the bundle again, and lends nothing to other keys.
    const restarted = new Store({ bundle: bundledFactBase, open: async () => db as MekongDatabase });
    expect((await restarted.lookup('constructor'))?.entity.name).toBe('Dự án Constructor');
    expect(await restarted.lookup('valueOf')).toBeNull();
  });

  it('is refused, with the reason, for ids the schema does not allow ("__proto__", "toString")', async () => {
    for (const id of ['__proto__', 'toString'])
      expect(await paths(named(id, 'Dự án mới', []))).toContain('entities.0.id');
  });

  it('keeps "__proto__" as an alias like any other text: stored and searched as a name, never as a prototype', async () => {
    const store = await storeOverFreshDatabase();
    expect(await store.importPack(named('du-an-proto', 'Dự án Proto', ['__proto__']))).toMatchObject({ ok: true });
    expect(await store.status()).toMatchObject({ database: 'ready' });
    const restarted = new Store({ bundle: bundledFactBase, open: async () => db as MekongDatabase });
    const search = await restarted.searchEntities();
    expect(search.find((entity) => entity.id === 'du-an-proto')?.aliases).toEqual(['__proto__']);
  });
});

describe('a fact pack with names the bundled base may not have', () => {
  it.each([
    ['a function word', 'và'],
    ['a function word', 'của'],
    ['half a country’s name', 'Nam'],
    ['a bare title', 'Thủ tướng'],
    ['punctuation', ','],
    ['punctuation', '.'],
    ['a single letter', 'X'],
    ['blank', '  '],
  ])('is refused for %s as an alias ("%s"), saying why', async (_what, alias) => {
    const result = await check(
      broken((pack) => {
        (pack.entities[0] as { aliases: string[] }).aliases = [alias];
      }),
    );
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.errors.find((error) => error.path === 'entities.0.aliases.0');
    expect(problem?.message).toMatch(/ordinary text|too short to match safely|Too small|at least/i);
  });
});
