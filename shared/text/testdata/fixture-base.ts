/**
 * A small fact base for the text engine's tests, written from the seeds with the curated base's conventions
 * (kebab ids of folded names, figures in base units, metrics with frames). It is not the curated base:
 * the tests check the engine's rules, the curated base is checked against the seeds in its own tests.
 */
import type { FactBase } from '../../factbase/schema.ts';

const S000 = { seed: '000_a152b25d463c024e.txt', date: '2023-04-05' };
const S001 = { seed: '001_5c7b4323a7a94c0f.txt', date: '2024-08-16' };
const S003 = { seed: '003_32a07b9cad733776.txt', date: '2023-11-06' };

export const fixtureBase: FactBase & { version: string } = {
  version: 'fixture-1',
  seeds: [],
  entities: [
    { id: 'viet-nam', kind: 'place', name: 'Việt Nam', aliases: ['Vietnam'], summary: 'Việt Nam.', highlight: false },
    { id: 'lao', kind: 'place', name: 'Lào', aliases: ['Laos'], summary: 'Lào.', highlight: false },
    { id: 'pham-minh-chinh', kind: 'person', name: 'Phạm Minh Chính', aliases: [], summary: 'Thủ tướng Việt Nam.' },
    { id: 'to-lam', kind: 'person', name: 'Tô Lâm', aliases: [], summary: 'Tổng Bí thư.' },
    {
      id: 'sonexay-siphandone',
      kind: 'person',
      name: 'Sonexay Siphandone',
      aliases: ['Xỏn-xay Xỉ-phăn-đon', 'Sonexay'],
      summary: 'Thủ tướng Lào.',
    },
    {
      id: 'thongloun-sisoulith',
      kind: 'person',
      name: 'Thongloun Sisoulith',
      aliases: [],
      summary: 'Chủ tịch nước Lào.',
    },
    { id: 'tran-quoc-phuong', kind: 'person', name: 'Trần Quốc Phương', aliases: [], summary: 'Thứ trưởng.' },
    { id: 'phet-phomphiphak', kind: 'person', name: 'Phet Phomphiphak', aliases: [], summary: 'Bộ trưởng Lào.' },
    {
      id: 'uy-hoi-song-mekong',
      kind: 'organization',
      name: 'Ủy hội sông Mekong',
      aliases: ['Uỷ hội sông Mekong', 'Ủy hội sông Mekong quốc tế', 'MRC'],
      summary: 'Ủy hội sông Mekong quốc tế.',
    },
    {
      id: 'uy-ban-lien-chinh-phu-viet-nam-lao',
      kind: 'organization',
      name: 'Ủy ban liên Chính phủ Việt Nam - Lào',
      aliases: ['Ủy ban Liên Chính phủ Việt Nam - Lào'],
      summary: 'Ủy ban liên Chính phủ.',
    },
    {
      id: 'bo-ke-hoach-va-dau-tu',
      kind: 'organization',
      name: 'Bộ Kế hoạch và Đầu tư',
      aliases: ['Bộ KH&ĐT', 'Bộ Kế hoạch và Đầu tư Việt Nam'],
      summary: 'Bộ Kế hoạch và Đầu tư.',
    },
    {
      id: 'bo-ke-hoach-va-dau-tu-lao',
      kind: 'organization',
      name: 'Bộ Kế hoạch và Đầu tư Lào',
      aliases: [],
      summary: 'Bộ Kế hoạch và Đầu tư Lào.',
    },
    { id: 'ubnd-tinh-nghe-an', kind: 'organization', name: 'UBND tỉnh Nghệ An', aliases: [], summary: 'UBND.' },
    { id: 'nghe-an', kind: 'place', name: 'Nghệ An', aliases: ['tỉnh Nghệ An'], summary: 'Tỉnh Nghệ An.' },
    { id: 'ha-noi', kind: 'place', name: 'Hà Nội', aliases: ['Thủ đô Hà Nội'], summary: 'Thủ đô Việt Nam.' },
    {
      id: 'vieng-chan',
      kind: 'place',
      name: 'Viêng Chăn',
      aliases: ['Viên Chăn', 'Vientiane', 'Thủ đô Vientiane'],
      summary: 'Thủ đô Lào.',
    },
    {
      id: 'cang-vung-ang',
      kind: 'project',
      name: 'Cảng Vũng Áng',
      aliases: ['Vũng Áng', 'bến cảng Vũng Áng 1, 2, 3', 'cảng Vũng Áng 1, 2 và 3'],
      summary: 'Bến cảng Vũng Áng 1, 2, 3.',
    },
    {
      id: 'duong-sat-vung-ang-vieng-chan',
      kind: 'project',
      name: 'Tuyến đường sắt Vũng Áng - Viêng Chăn',
      aliases: ['tuyến đường sắt Vũng Áng-Viêng Chăn', 'tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng'],
      summary: 'Đường sắt.',
    },
    {
      id: 'san-bay-nong-khang',
      kind: 'project',
      name: 'Sân bay Nong Khang',
      aliases: ['Nong Khang'],
      summary: 'Sân bay.',
    },
    {
      id: 'asean',
      kind: 'organization',
      name: 'ASEAN',
      aliases: ['Hiệp hội các quốc gia Đông Nam Á'],
      summary: 'ASEAN.',
    },
    {
      id: 'gms',
      kind: 'organization',
      name: 'Hợp tác tiểu vùng sông Mekong mở rộng',
      aliases: ['GMS'],
      summary: 'GMS.',
    },
    {
      id: 'thoa-thuan-chien-luoc-2021-2030',
      kind: 'agreement',
      name: 'Thỏa thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030',
      aliases: ['Thoả thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030'],
      summary: 'Thỏa thuận chiến lược.',
    },
    {
      id: 'cong-vien-huu-nghi-viet-lao',
      kind: 'project',
      name: 'Công viên hữu nghị Việt - Lào',
      aliases: ['Công viên hữu nghị Lào-Việt Nam'],
      summary: 'Công viên ở Vientiane.',
    },
  ],
  metrics: [
    {
      id: 'thuong-mai-viet-nam-lao',
      name: 'Kim ngạch thương mại Việt Nam – Lào',
      unit: 'USD',
      frame: {
        quantity: ['kim ngạch', 'thương mại', 'kim ngạch thương mại'],
        scope: ['viet-nam', 'lao'],
        roles: ['result', 'target'],
      },
    },
    {
      id: 'tang-truong-thuong-mai-viet-nam-lao',
      name: 'Tăng trưởng thương mại Việt Nam – Lào',
      unit: '%',
      frame: {
        quantity: ['kim ngạch', 'thương mại', 'tăng trưởng thương mại'],
        scope: ['viet-nam', 'lao'],
        roles: ['growth', 'target'],
      },
    },
    {
      id: 'thuong-mai-viet-nam-campuchia',
      name: 'Kim ngạch thương mại Việt Nam – Campuchia',
      unit: 'USD',
      frame: { quantity: ['kim ngạch', 'thương mại'], scope: ['viet-nam', 'campuchia'], roles: ['result', 'target'] },
    },
    {
      id: 'von-dau-tu-viet-nam-vao-lao',
      name: 'Vốn đầu tư của Việt Nam vào Lào',
      unit: 'USD',
      frame: {
        quantity: ['vốn đầu tư', 'tổng mức đầu tư', 'vốn đăng ký', 'tổng vốn đăng ký'],
        scope: ['viet-nam', 'lao'],
        direction: { from: 'viet-nam', to: 'lao' },
        cumulative: true,
        roles: ['result'],
      },
    },
  ],
  facts: [
    {
      id: 'thuong-mai-2022',
      about: ['viet-nam', 'lao'],
      text: 'Kim ngạch thương mại song phương năm 2022 đạt hơn 1,7 tỷ USD.',
      sources: [{ ...S000, quote: 'tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD' }],
      figure: {
        metric: 'thuong-mai-viet-nam-lao',
        value: 1_700_000_000,
        unit: 'USD',
        period: '2022',
        periodKey: '2022',
        qualifier: 'more-than',
      },
    },
    {
      id: 'thuong-mai-2024-h1',
      about: ['viet-nam', 'lao'],
      text: 'Thương mại 6 tháng đầu năm 2024 đạt 927,8 triệu USD.',
      sources: [{ ...S001, quote: 'riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD' }],
      figure: {
        metric: 'thuong-mai-viet-nam-lao',
        value: 927_800_000,
        unit: 'USD',
        period: '6 tháng đầu năm 2024',
        periodKey: '2024-H1',
      },
    },
    {
      id: 'tang-truong-thuong-mai-2024-h1',
      about: ['viet-nam', 'lao'],
      text: 'Thương mại 6 tháng đầu năm 2024 tăng 11,1%.',
      sources: [{ ...S001, quote: 'tăng 11,1% so với cùng kỳ năm 2023' }],
      figure: {
        metric: 'tang-truong-thuong-mai-viet-nam-lao',
        value: 11.1,
        unit: '%',
        period: '6 tháng đầu năm 2024',
        periodKey: '2024-H1',
      },
    },
    {
      id: 'muc-tieu-tang-truong-thuong-mai-2022',
      about: ['viet-nam', 'lao'],
      text: 'Mục tiêu tăng trưởng thương mại năm 2022: 10 - 15%.',
      sources: [{ ...S000, quote: 'tăng trưởng 10 - 15%' }],
      figure: {
        metric: 'tang-truong-thuong-mai-viet-nam-lao',
        value: 10,
        valueMax: 15,
        unit: '%',
        period: 'mục tiêu 2022',
        periodKey: '2022',
        isTarget: true,
      },
    },
    {
      id: 'von-dau-tu-luy-ke-2024',
      about: ['viet-nam', 'lao'],
      text: 'Vốn đăng ký của Việt Nam vào Lào lũy kế 5,5 tỷ USD.',
      sources: [{ ...S001, quote: 'tổng vốn đăng ký 5,5 tỷ USD' }],
      figure: {
        metric: 'von-dau-tu-viet-nam-vao-lao',
        value: 5_500_000_000,
        unit: 'USD',
        period: 'lũy kế đến 8/2024',
        periodKey: '2024-08-16',
      },
    },
    {
      id: 'muc-tieu-thuong-mai-campuchia',
      about: ['viet-nam'],
      text: 'Mục tiêu thương mại Việt Nam – Campuchia 20 tỉ USD.',
      sources: [{ ...S003, quote: 'kim ngạch thương mại song phương sớm đạt 20 tỉ USD' }],
      figure: {
        metric: 'thuong-mai-viet-nam-campuchia',
        value: 20_000_000_000,
        unit: 'USD',
        period: 'mục tiêu',
        periodKey: '2023-11',
        isTarget: true,
      },
    },
  ],
};
