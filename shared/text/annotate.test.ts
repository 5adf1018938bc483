import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type Mention } from './annotate.ts';
import { buildMatchTable } from './match-table.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

const annotator = createAnnotator(buildMatchTable(fixtureBase));
const names = (text: string, a = annotator) =>
  a
    .annotate(text)
    .filter((mention) => mention.kind !== 'figure')
    .map((mention) => [mention.text, mention.entity.id]);
const ids = (text: string) => names(text).map(([, id]) => id);
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('names in seed sentences', () => {
  it('finds the people of a seed sentence, with exact offsets', () => {
    const text = 'Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone. Ảnh: VGP';
    const mentions = annotator.annotate(text);
    expect(mentions.map((m) => [m.start, m.end, m.text, m.kind, m.entity.id])).toEqual([
      [10, 25, 'Phạm Minh Chính', 'person', 'pham-minh-chinh'],
      [53, 71, 'Sonexay Siphandone', 'person', 'sonexay-siphandone'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("matches 'Uỷ hội sông Mekong' and 'Ủy hội sông Mekong' to the same entity", () => {
    expect(ids('sau khi bế mạc Hội nghị Cấp cao Ủy hội sông Mekong, Thủ tướng')).toEqual(['uy-hoi-song-mekong']);
    expect(ids('chúc mừng Lào tổ chức thành công Hội nghị Uỷ hội sông Mekong quốc tế lần thứ 4')).toEqual([
      'uy-hoi-song-mekong',
    ]);
  });

  it('prefers the longest name: the commission, not the country inside it', () => {
    expect(names('thỏa thuận tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào, đồng thời')).toEqual([
      ['Ủy ban liên Chính phủ Việt Nam - Lào', 'uy-ban-lien-chinh-phu-viet-nam-lao'],
    ]);
    expect(names('Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak; Bộ Kế hoạch và Đầu tư Lào do')).toEqual([
      ['Phet Phomphiphak', 'phet-phomphiphak'],
      ['Bộ Kế hoạch và Đầu tư Lào', 'bo-ke-hoach-va-dau-tu-lao'],
    ]);
  });

  it.each([
    ['Việt Nam - Lào', 'Ủy ban liên Chính phủ Việt Nam - Lào'],
    ['Việt Nam-Lào', 'Ủy ban liên Chính phủ Việt Nam-Lào'],
    ['Việt Nam – Lào', 'Ủy ban liên Chính phủ Việt Nam – Lào'],
    ['Việt Nam — Lào', 'Ủy ban liên Chính phủ Việt Nam — Lào'],
    ['no-break spaces', 'Ủy ban liên Chính phủ Việt Nam\u00a0-\u00a0Lào'],
    ['NFD', 'Ủy ban liên Chính phủ Việt Nam - Lào'.normalize('NFD')],
    ['upper case', 'ỦY BAN LIÊN CHÍNH PHỦ VIỆT NAM - LÀO'],
  ])('finds the commission written with %s', (_how, text) => {
    const [mention] = annotator.annotate(`Kỳ họp lần thứ 48 ${text} diễn ra`);
    expect(mention?.entity.id).toBe('uy-ban-lien-chinh-phu-viet-nam-lao');
    expect(mention?.text).toBe(text);
  });

  it('finds names split across lines of a project list, and the port with its berths', () => {
    expect(
      names('thúc đẩy triển khai các dự án trọng điểm như bến cảng Vũng Áng 1, 2, 3; sân bay Nong Khang ;'),
    ).toEqual([
      ['bến cảng Vũng Áng 1, 2, 3', 'cang-vung-ang'],
      ['Nong Khang', 'san-bay-nong-khang'],
    ]);
    expect(names('tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng... Hai bên')).toEqual([
      ['tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng', 'duong-sat-vung-ang-vieng-chan'],
    ]);
  });

  it('does not highlight the countries the fact base marks highlight: false', () => {
    expect(ids('Việt Nam sẵn sàng hỗ trợ Lào đảm nhận thành công các trọng trách quốc tế')).toEqual([]);
    const all = createAnnotator(
      buildMatchTable({ ...fixtureBase, entities: fixtureBase.entities.map((e) => ({ ...e, highlight: undefined })) }),
    );
    expect(names('Việt Nam sẵn sàng hỗ trợ Lào', all)).toEqual([
      ['Việt Nam', 'viet-nam'],
      ['Lào', 'lao'],
    ]);
  });

  it('respects word boundaries: a name inside a longer word is not a name', () => {
    expect(ids('ASEANIST, Hà Nộii, MRCs, Vũng Ángx')).toEqual([]);
    expect(ids('(Hà Nội), "Vũng Áng"')).toEqual(['ha-noi', 'cang-vung-ang']);
  });

  it('matches a capitalised name only where the text capitalises it', () => {
    expect(ids('Lào')).toEqual([]);
    expect(ids('hà nội')).toEqual([]);
    expect(ids('Hà Nội')).toEqual(['ha-noi']);
    expect(ids('HÀ NỘI')).toEqual(['ha-noi']);
  });

  it('matches abbreviations only as written, in capitals: GMS, ASEAN, MRC', () => {
    expect(ids('Hội nghị hợp tác tiểu vùng sông Mekong (GMS 8) và các hội nghị liên quan')).toEqual(['gms']);
    expect(ids('gms, Gms, asean, Asean, mrc')).toEqual([]);
    expect(ids('vai trò Chủ tịch ASEAN/AIPA vào năm 2024')).toEqual(['asean']);
  });

  it('finds every mention of the fixture in a whole seed, none overlapping', () => {
    const text = seed('000_a152b25d463c024e.txt');
    const mentions = annotator.annotate(text);
    const count = (name: string) => text.split(name).length - 1;
    expect(mentions.filter((m) => m.entity.id === 'pham-minh-chinh')).toHaveLength(count('Phạm Minh Chính'));
    expect(mentions.filter((m) => m.entity.id === 'sonexay-siphandone')).toHaveLength(count('Sonexay Siphandone'));
    assertWellFormed(text, mentions);
  });
});

describe('accent-less text', () => {
  it.each([
    ['Thu tuong Pham Minh Chinh lam viec voi Thu tuong Lao', 'Pham Minh Chinh', 'pham-minh-chinh'],
    ['du an ben cang Vung Ang', 'Vung Ang', 'cang-vung-ang'],
    ['Tong Bi thu To Lam hoi kien', 'To Lam', 'to-lam'],
    ['Xon-xay Xi-phan-don', 'Xon-xay Xi-phan-don', 'sonexay-siphandone'],
    ['Bo Ke hoach va Dau tu Lao', 'Bo Ke hoach va Dau tu Lao', 'bo-ke-hoach-va-dau-tu-lao'],
  ])('finds a safe name in %j', (text, found, id) => {
    const mentions = annotator.annotate(text).filter((m) => m.kind !== 'figure');
    expect(mentions.map((m) => [m.text, m.entity.id, m.accentless])).toEqual([[found, id, true]]);
  });

  it.each([
    ['lower case: to lắm without accents', 'Nha nay to lam.'],
    ['half capitalised', 'To lam roi, phai tu lap thoi.'],
    ['all capitals carry no evidence', 'TO LAM NHA CUA?'],
    ['a single word', 'Lao dong la van de lon.'],
    ['a wrongly accented word is another word', 'Tô Lấm và Vùng Áng'],
    ['mixed: some diacritics', 'Pham Minh Chính'],
  ])('does not match %s', (_why, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('can be switched off', () => {
    const strict = createAnnotator(buildMatchTable(fixtureBase), { accentless: false });
    expect(names('Thu tuong Pham Minh Chinh', strict)).toEqual([]);
    expect(names('Thủ tướng Phạm Minh Chính', strict)).toEqual([['Phạm Minh Chính', 'pham-minh-chinh']]);
  });
});

function assertWellFormed(text: string, mentions: Mention[]): void {
  let previous = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previous);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    previous = m.end;
  }
}

describe('names of people that name places', () => {
  const base = {
    ...fixtureBase,
    entities: [
      ...fixtureBase.entities,
      {
        id: 'ho-chi-minh',
        kind: 'person' as const,
        name: 'Hồ Chí Minh',
        aliases: [],
        summary: 'Chủ tịch Hồ Chí Minh.',
      },
    ],
  };
  const withHo = createAnnotator(buildMatchTable(base));
  it.each([
    ['TP Hồ Chí Minh'],
    ['TP. Hồ Chí Minh'],
    ['thành phố Hồ Chí Minh'],
    ['đường Hồ Chí Minh'],
    ['Trường Hồ Chí Minh'],
  ])('does not take %j for the person', (text) => {
    expect(names(`tại ${text} hôm qua`, withHo)).toEqual([]);
  });

  it('still finds the person', () => {
    expect(names('tưởng niệm Chủ tịch Hồ Chí Minh tại Khu Di tích', withHo)).toEqual([['Hồ Chí Minh', 'ho-chi-minh']]);
  });
});
