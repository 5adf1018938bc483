/** Events: summits, sessions of the intergovernmental committee, conferences, visits, anniversaries, congresses. */
import type { Entity } from '../schema.ts';
import { S000, S001, S002, S004 } from './seeds.ts';

/** An event's date from the public record, outside the seeds (as roles' PUBLIC_RECORD dates). */
const publicRecord = (what: string) => `Hồ sơ công khai, ngoài các bài nguồn: ${what}`;

export const events = [
  {
    id: 'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4',
    kind: 'event',
    name: 'Hội nghị Cấp cao Ủy hội sông Mekong quốc tế lần thứ 4',
    aliases: [
      'Hội nghị Uỷ hội sông Mekong quốc tế lần thứ 4',
      'Hội nghị Ủy hội sông Mekong quốc tế lần thứ 4',
      'Hội nghị Cấp cao Uỷ hội sông Mekong quốc tế lần thứ 4',
      'Hội nghị Cấp cao Ủy hội sông Mekong lần thứ 4',
      'Hội nghị Cấp cao MRC lần thứ 4',
      '4th MRC Summit',
      'Hội nghị Cấp cao Ủy hội sông Mekong',
      'Hội nghị Cấp cao Uỷ hội sông Mekong',
      'Hội nghị Cấp cao Ủy hội sông Mê Công lần thứ 4',
      'Hội nghị Cấp cao Ủy hội sông Mê Công quốc tế lần thứ 4',
    ],
    summary: 'Hội nghị Cấp cao lần thứ 4 của Ủy hội sông Mekong quốc tế, do Lào đăng cai, bế mạc ngày 5/4/2023.',
    when: {
      date: '2023-04-05',
      note: 'Ngày bế mạc, theo bài.',
      source: { ...S000, quote: 'Chiều 5/4, sau khi bế mạc Hội nghị Cấp cao Ủy hội sông Mekong' },
    },
    relations: [
      {
        type: 'part-of',
        target: 'uy-hoi-song-mekong',
        source: { ...S000, quote: 'Hội nghị Cấp cao Ủy hội sông Mekong' },
      },
      {
        type: 'located-in',
        target: 'vieng-chan',
        note: publicRecord('hội nghị họp tại Viêng Chăn; bài chỉ ghi Lào tổ chức.'),
      },
    ],
  },
  {
    id: 'hoi-nghi-cap-cao-gms-lan-thu-8',
    kind: 'event',
    name: 'Hội nghị Cấp cao hợp tác Tiểu vùng Mekong mở rộng lần thứ 8',
    aliases: [
      'GMS 8',
      'Hội nghị hợp tác tiểu vùng sông Mekong (GMS 8)',
      'Hội nghị Cấp cao GMS lần thứ 8',
      'Hội nghị Cấp cao GMS 8',
      'Hội nghị Thượng đỉnh GMS lần thứ 8',
      '8th GMS Summit',
      'Hội nghị Cấp cao hợp tác Tiểu vùng Mê Công mở rộng lần thứ 8',
      'Hội nghị hợp tác tiểu vùng sông Mê Công (GMS 8)',
    ],
    summary: 'Hội nghị Cấp cao lần thứ 8 của Chương trình hợp tác Tiểu vùng Mekong mở rộng (GMS), tháng 11/2024.',
    when: {
      date: '2024-11-06',
      end: '2024-11-07',
      note: publicRecord('họp 6-7/11/2024 tại Côn Minh (Trung Quốc); bài không ghi ngày.'),
    },
    relations: [
      { type: 'part-of', target: 'chuong-trinh-hop-tac-tieu-vung-mekong-mo-rong' },
      {
        type: 'located-in',
        target: 'trung-quoc',
        note: publicRecord('họp tại Côn Minh, tỉnh Vân Nam (Trung Quốc); bài không ghi nơi họp.'),
      },
    ],
  },
  {
    id: 'ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao',
    kind: 'event',
    name: 'Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào',
    aliases: [
      'Kỳ họp lần thứ 45 Uỷ ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp 45 Ủy ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Lào - Việt Nam',
      'Kỳ họp lần thứ 45 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào',
    ],
    summary:
      'Kỳ họp thường niên lần thứ 45 của Ủy ban liên Chính phủ Việt Nam - Lào; các thỏa thuận tại kỳ họp được rà soát tháng 4/2023.',
    when: {
      date: '2023-01-11',
      end: '2023-01-12',
      note: publicRecord('họp 11-12/1/2023 tại Viêng Chăn; bài chỉ nhắc các thỏa thuận tại kỳ họp.'),
    },
    relations: [
      {
        type: 'located-in',
        target: 'vieng-chan',
        note: publicRecord('họp tại Viêng Chăn.'),
      },
      {
        type: 'part-of',
        target: 'uy-ban-lien-chinh-phu-viet-nam-lao',
        source: { ...S000, quote: 'Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào' },
      },
    ],
  },
  {
    id: 'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao',
    kind: 'event',
    name: 'Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào',
    aliases: [
      'Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam - Lào',
      'Kỳ họp 46 Uỷ ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Lào - Việt Nam',
      'Kỳ họp lần thứ 46 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào',
    ],
    summary:
      'Kỳ họp thường niên lần thứ 46 của Ủy ban liên Chính phủ Việt Nam - Lào; bài ngày 16/8/2024 nhắc "các cam kết của hai nước đã ký kết tại Kỳ họp 46", như biên bản ghi nhớ về hạ tầng thương mại biên giới và Hiệp định Thương mại Việt Nam - Lào.',
    when: {
      date: '2024-01',
      note: publicRecord('họp tháng 1/2024 tại Hà Nội; bài không ghi ngày, nơi họp.'),
    },
    relations: [
      {
        type: 'located-in',
        target: 'ha-noi',
        note: publicRecord('họp tại Hà Nội.'),
      },
      {
        type: 'part-of',
        target: 'uy-ban-lien-chinh-phu-viet-nam-lao',
        source: { ...S001, quote: 'Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào' },
      },
    ],
  },
  {
    id: 'ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao',
    kind: 'event',
    name: 'Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào',
    aliases: [
      'Kỳ họp lần thứ 48 Uỷ ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp 48 Ủy ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào',
      'Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Lào - Việt Nam',
      'Kỳ họp lần thứ 48 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào',
    ],
    summary:
      'Kỳ họp thường niên lần thứ 48 của Ủy ban liên Chính phủ Việt Nam - Lào, ngay sau Cuộc gặp cấp cao hai Đảng (12/2025).',
    when: {
      date: '2025-12-03',
      note: publicRecord(
        'họp sáng 3/12/2025 tại Viêng Chăn. Bài ngày 1/12/2025 ghi kỳ họp "diễn ra ngay sau Cuộc gặp cấp cao hai Đảng vào ngày 2/12".',
      ),
      source: {
        ...S002,
        quote: 'Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra ngay sau Cuộc gặp cấp cao hai Đảng',
      },
    },
    relations: [
      {
        type: 'located-in',
        target: 'vieng-chan',
        note: publicRecord('họp tại Viêng Chăn.'),
      },
      {
        type: 'part-of',
        target: 'uy-ban-lien-chinh-phu-viet-nam-lao',
        source: { ...S002, quote: 'Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào' },
      },
      {
        type: 'related-to',
        target: 'cuoc-gap-cap-cao-hai-dang-viet-nam-lao-2025',
        note: 'Diễn ra ngay sau cuộc gặp',
        source: { ...S002, quote: 'diễn ra ngay sau Cuộc gặp cấp cao hai Đảng vào ngày 2/12' },
      },
    ],
  },
  {
    id: 'nam-doan-ket-huu-nghi-viet-nam-lao-2022',
    kind: 'event',
    name: 'Năm Đoàn kết Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022',
    aliases: [
      'Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022',
      'Năm Đoàn kết Hữu nghị Việt Nam - Lào 2022',
      'Năm Đoàn kết Hữu nghị Việt - Lào 2022',
      'Năm Đoàn kết Hữu nghị Lào - Việt Nam, Việt Nam - Lào 2022',
      'Năm Đoàn kết Hữu nghị Lào - Việt Nam 2022',
    ],
    when: {
      date: '2022',
      source: { ...S000, quote: 'Năm Đoàn kết Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022' },
    },
    summary:
      'Năm kỷ niệm 60 năm quan hệ ngoại giao và 45 năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào, với hàng trăm hoạt động ở hai nước.',
  },
  {
    id: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
    kind: 'event',
    name: 'Hội nghị giữa kỳ đánh giá Thỏa thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2024',
    aliases: [
      'Hội nghị giữa kỳ đánh giá triển khai Thỏa thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2024',
      'Hội nghị giữa kỳ đánh giá triển khai Thoả thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2024',
    ],
    summary:
      'Hội nghị ngày 16/8/2024 tại Nghệ An rà soát giữa kỳ kế hoạch hợp tác Việt Nam - Lào năm 2024 và hiệp định 2021 - 2025.',
    when: {
      date: '2024-08-16',
      note: 'Bài ghi "Chiều 16/8"; năm suy ra như ngày của bài.',
      source: { ...S001, quote: 'Chiều 16/8, tại tỉnh Nghệ An' },
    },
    relations: [
      { type: 'located-in', target: 'nghe-an', source: { ...S001, quote: 'Chiều 16/8, tại tỉnh Nghệ An' } },
      {
        type: 'reviews',
        target: 'thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: {
          ...S001,
          quote: 'Hội nghị giữa kỳ đánh giá triển khai Thỏa thuận về Kế hoạch hợp tác Việt Nam-Lào năm 2024',
        },
      },
      {
        type: 'reviews',
        target: 'hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025',
        source: { ...S001, quote: 'rà soát, thúc đẩy Hiệp định hợp tác song phương hai nước giai đoạn 2021-2025' },
      },
    ],
  },
  {
    id: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    kind: 'event',
    name: 'Chuyến thăm cấp Nhà nước tới Lào của Chủ tịch nước Tô Lâm (7/2024)',
    aliases: [
      'chuyến thăm cấp Nhà nước tới Lào của Chủ tịch nước Tô Lâm',
      'chuyến thăm cấp Nhà nước Lào của Chủ tịch nước Tô Lâm',
    ],
    summary: 'Chuyến thăm cấp Nhà nước đầu tiên tới Lào của ông Tô Lâm trên cương vị Chủ tịch nước, tháng 7/2024.',
    when: {
      date: '2024-07-11',
      end: '2024-07-12',
      note: publicRecord('chuyến thăm 11-12/7/2024; bài không ghi ngày (xem ngày bài).'),
      source: { ...S004, quote: 'lần đầu tiên thăm cấp Nhà nước tới Lào trên cương vị mới' },
    },
    relations: [{ type: 'located-in', target: 'lao' }],
  },
  {
    id: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025',
    kind: 'event',
    name: 'Chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm (12/2025)',
    aliases: [
      'chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm',
      'chuyến thăm cấp Nhà nước Lào của Tổng Bí thư Tô Lâm',
      'chuyến thăm cấp Nhà nước Lào của Tổng Bí thư',
    ],
    summary:
      'Chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm cùng Phu nhân, dịp 50 năm Quốc khánh Lào (12/2025).',
    when: {
      date: '2025-12-01',
      note: 'Ngày cuộc hội kiến trong chuyến thăm; bài không ghi ngày đầu, ngày cuối của chuyến thăm.',
      source: {
        ...S002,
        quote:
          'Chiều 1/12, Tổng Bí thư Tô Lâm có cuộc hội kiến Thủ tướng Lào Sonexay Siphandone, nhân dịp thăm cấp Nhà nước tới Lào',
      },
    },
    relations: [{ type: 'located-in', target: 'lao' }],
  },
  {
    id: 'le-ky-niem-50-nam-quoc-khanh-lao',
    kind: 'event',
    name: 'Lễ kỷ niệm 50 năm Quốc khánh Lào',
    aliases: [
      '50 năm Quốc khánh Lào',
      'kỷ niệm 50 năm Quốc khánh Lào',
      'Lễ kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào',
      '50 năm Quốc khánh nước CHDCND Lào',
    ],
    summary: 'Lễ kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975 - 2/12/2025).',
    when: {
      date: '2025-12',
      note: 'Bài ngày 1/12/2025 nói lễ đã thành công; ngày lễ không ghi.',
      source: { ...S002, quote: 'đã góp phần quan trọng vào thành công của Lễ kỷ niệm 50 năm Quốc khánh Lào' },
    },
    relations: [{ type: 'located-in', target: 'lao' }],
  },
  {
    id: 'cuoc-gap-cap-cao-hai-dang-viet-nam-lao-2025',
    kind: 'event',
    name: 'Cuộc gặp cấp cao hai Đảng Việt Nam - Lào (12/2025)',
    aliases: ['Cuộc gặp cấp cao hai Đảng', 'Cuộc gặp cấp cao hai Đảng Việt Nam - Lào'],
    summary: 'Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào ngày 2/12/2025.',
    when: { date: '2025-12-02', source: { ...S002, quote: 'Cuộc gặp cấp cao hai Đảng vào ngày 2/12' } },
    relations: [
      {
        type: 'part-of',
        target: 'cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao',
        note: publicRecord('cuộc gặp ngày 2/12/2025 tại Viêng Chăn là cuộc gặp giữa hai Bộ Chính trị Việt Nam - Lào.'),
      },
      { type: 'located-in', target: 'vieng-chan', note: publicRecord('họp tại Viêng Chăn.') },
    ],
  },
  {
    id: 'cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao',
    kind: 'event',
    name: 'Cuộc gặp thường niên giữa hai Bộ Chính trị Việt Nam - Lào',
    aliases: ['cuộc gặp thường niên giữa hai Bộ Chính trị', 'Cuộc gặp thường niên hai Bộ Chính trị Việt Nam - Lào'],
    summary: 'Cuộc gặp hằng năm giữa Bộ Chính trị hai Đảng, có biên bản định hướng hợp tác hai nước.',
  },
  {
    id: 'dai-hoi-xi-dang-nhan-dan-cach-mang-lao',
    kind: 'event',
    name: 'Đại hội lần thứ XI Đảng Nhân dân Cách mạng Lào',
    aliases: [
      'Đại hội XI Đảng Nhân dân Cách mạng Lào',
      'Đại hội đại biểu toàn quốc lần thứ XI Đảng Nhân dân Cách mạng Lào',
      'Đại hội lần thứ 11 Đảng Nhân dân Cách mạng Lào',
      'Đại hội lần thứ XI Đảng NDCM Lào',
      'Đại hội XI Đảng NDCM Lào',
    ],
    summary:
      'Đại hội lần thứ XI của Đảng Nhân dân Cách mạng Lào (1/2021), đề ra mục tiêu phát triển giai đoạn 2021 - 2025.',
    when: {
      date: '2021-01-13',
      end: '2021-01-15',
      note: publicRecord('họp 13-15/1/2021 tại Viêng Chăn; bài chỉ nhắc các mục tiêu đại hội đề ra.'),
    },
    relations: [{ type: 'part-of', target: 'dang-nhan-dan-cach-mang-lao' }],
  },
  {
    id: 'dai-hoi-xii-dang-nhan-dan-cach-mang-lao',
    kind: 'event',
    name: 'Đại hội lần thứ XII Đảng Nhân dân Cách mạng Lào',
    aliases: [
      'Đại hội XII Đảng Nhân dân Cách mạng Lào',
      'Đại hội đại biểu toàn quốc lần thứ XII Đảng Nhân dân Cách mạng Lào',
      'Đại hội lần thứ 12 Đảng Nhân dân Cách mạng Lào',
      'Đại hội lần thứ XII Đảng NDCM Lào',
      'Đại hội XII Đảng NDCM Lào',
      'Đại hội Đảng lần thứ XII',
    ],
    summary:
      'Đại hội lần thứ XII của Đảng Nhân dân Cách mạng Lào, kế tiếp Đại hội XI; bài ngày 11/7/2024 nói về đại hội sắp tới.',
    when: {
      date: '2026-01-06',
      end: '2026-01-08',
      note: publicRecord('họp 6-8/1/2026 tại Viêng Chăn; các bài nguồn (đến 12/2025) chỉ nói về đại hội sắp tới.'),
    },
    relations: [{ type: 'part-of', target: 'dang-nhan-dan-cach-mang-lao' }],
  },
] satisfies Entity[];
