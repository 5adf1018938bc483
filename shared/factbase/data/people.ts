/** People named in the seeds, with their roles at the articles' dates. */
import type { Entity } from '../schema.ts';
import { S000, S001, S002, S003, S004 } from './seeds.ts';

const PUBLIC_RECORD = 'Ngày nhậm chức theo hồ sơ công khai; bài chỉ xác nhận chức vụ vào ngày đăng.';

/** Who co-chaired a session of the intergovernmental committee: public record, outside the seeds. */
const CO_CHAIRED = (session: string) =>
  `Hồ sơ công khai, ngoài các bài nguồn: hai Thủ tướng Phạm Minh Chính và Sonexay Siphandone đồng chủ trì ${session}.`;
const SESSIONS = [
  ['ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao', 'Kỳ họp lần thứ 45 (11-12/1/2023, Viêng Chăn)'],
  ['ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao', 'Kỳ họp lần thứ 46 (1/2024, Hà Nội)'],
  ['ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao', 'Kỳ họp lần thứ 48 (3/12/2025, Viêng Chăn)'],
] as const;
const coChairs = SESSIONS.map(([target, session]) => ({
  type: 'co-chairs' as const,
  target,
  note: CO_CHAIRED(session),
}));

/*
 * Summaries never claim a current state: a role is stated with its dates and "theo bài …" / the base's latest
 * source for it, so that a card read after that source does not present it as today's truth.
 */

export const people = [
  {
    id: 'to-lam',
    kind: 'person',
    name: 'Tô Lâm',
    aliases: [
      'To Lam',
      'Tổng Bí thư Tô Lâm',
      'Chủ tịch nước Tô Lâm',
      'Tổng Bí thư, Chủ tịch nước Tô Lâm',
      'General Secretary To Lam',
      'President To Lam',
    ],
    summary:
      'Lãnh đạo Việt Nam: Tổng Bí thư Đảng Cộng sản Việt Nam từ 8/2024 (nguồn mới nhất trong cơ sở: 12/2025); Chủ tịch nước từ 5/2024 đến 10/2024.',
    roles: [
      {
        title: 'Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
        organization: 'dang-cong-san-viet-nam',
        from: '2024-08-03',
        note: PUBLIC_RECORD,
        source: { ...S002, quote: 'Chiều 1/12, Tổng Bí thư Tô Lâm có cuộc hội kiến Thủ tướng Lào Sonexay Siphandone' },
      },
      {
        title: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
        organization: 'viet-nam',
        from: '2024-05-22',
        to: '2024-10-21',
        note: 'Ngày bầu (22/5/2024) và ngày thôi giữ chức khi Quốc hội bầu Chủ tịch nước mới (21/10/2024) theo hồ sơ công khai; bài chỉ xác nhận chức vụ vào ngày đăng.',
        source: {
          ...S004,
          quote: 'Chủ tịch nước Tô Lâm bày tỏ vui mừng lần đầu tiên thăm cấp Nhà nước tới Lào trên cương vị mới',
        },
      },
    ],
    relations: [
      {
        type: 'met',
        target: 'thongloun-sisoulith',
        note: 'Hội đàm ngày 11/7/2024',
        source: { ...S004, quote: 'Trong buổi hội đàm với Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch nước Tô Lâm' },
      },
      {
        type: 'met',
        target: 'thongloun-sisoulith',
        note: 'Hội đàm trong chuyến thăm cấp Nhà nước tháng 12/2025',
        source: { ...S002, quote: 'kết quả cuộc hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith' },
      },
      {
        type: 'met',
        target: 'sonexay-siphandone',
        note: 'Hội kiến chiều 1/12/2025',
        source: { ...S002, quote: 'Tổng Bí thư Tô Lâm có cuộc hội kiến Thủ tướng Lào Sonexay Siphandone' },
      },
      {
        type: 'leads',
        target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
        source: { ...S004, quote: 'lần đầu tiên thăm cấp Nhà nước tới Lào trên cương vị mới' },
      },
      {
        type: 'leads',
        target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025',
        source: {
          ...S002,
          quote: 'chuyến thăm cấp Nhà nước Lào của Tổng Bí thư cùng Phu nhân và đoàn đại biểu cấp cao Việt Nam',
        },
      },
      {
        type: 'attended',
        target: 'le-ky-niem-50-nam-quoc-khanh-lao',
        source: {
          ...S002,
          quote:
            'sự hiện diện của Tổng Bí thư Tô Lâm và đoàn đại biểu cấp cao Đảng, Nhà nước Việt Nam đã góp phần quan trọng vào thành công của Lễ kỷ niệm 50 năm Quốc khánh Lào',
        },
      },
    ],
  },
  {
    id: 'pham-minh-chinh',
    kind: 'person',
    name: 'Phạm Minh Chính',
    aliases: [
      'Pham Minh Chinh',
      'Thủ tướng Phạm Minh Chính',
      'Thủ tướng Chính phủ Phạm Minh Chính',
      'Prime Minister Pham Minh Chinh',
    ],
    summary: 'Thủ tướng Chính phủ Việt Nam từ 4/2021 (nguồn mới nhất trong cơ sở: 11/2024).',
    roles: [
      {
        title: 'Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
        organization: 'chinh-phu-viet-nam',
        from: '2021-04-05',
        note: PUBLIC_RECORD,
        source: { ...S000, quote: 'Thủ tướng Chính phủ Phạm Minh Chính chúc mừng Lào' },
        also: [{ ...S003, quote: 'Thủ tướng Chính phủ Phạm Minh Chính gặp Thủ tướng Campuchia Hun Manet' }],
      },
    ],
    relations: [
      {
        type: 'met',
        target: 'sonexay-siphandone',
        note: 'Làm việc chiều 5/4/2023 tại Lào, sau Hội nghị Cấp cao Ủy hội sông Mekong',
        source: {
          ...S000,
          quote: 'Thủ tướng Phạm Minh Chính đã có cuộc làm việc với Thủ tướng Lào Sonexay Siphandone',
        },
      },
      {
        type: 'met',
        target: 'sonexay-siphandone',
        note: 'Gặp song phương ngày 6/11/2024, bên lề GMS 8',
        source: {
          ...S003,
          quote: 'Thủ tướng Phạm Minh Chính đã có cuộc gặp song phương với Thủ tướng Lào Sonexay Siphandone',
        },
      },
      {
        type: 'met',
        target: 'hun-manet',
        note: 'Chiều 6/11/2024, bên lề GMS 8',
        source: { ...S003, quote: 'Thủ tướng Chính phủ Phạm Minh Chính gặp Thủ tướng Campuchia Hun Manet' },
      },
      {
        type: 'met',
        target: 'lam-thien-lap',
        note: 'Tiếp ngày 6/11/2024, bên lề GMS 8',
        source: { ...S003, quote: 'tại cuộc tiếp ông Lam Thiên Lập' },
      },
      {
        type: 'attended',
        target: 'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4',
        source: { ...S000, quote: 'cảm ơn Thủ tướng đã tham dự và đóng góp vào thành công của Hội nghị cấp cao' },
      },
      {
        type: 'attended',
        target: 'hoi-nghi-cap-cao-gms-lan-thu-8',
        source: { ...S003, quote: 'Nhân dịp tham dự Hội nghị hợp tác tiểu vùng sông Mekong (GMS 8)' },
      },
      ...coChairs,
    ],
  },
  {
    id: 'sonexay-siphandone',
    kind: 'person',
    name: 'Sonexay Siphandone',
    aliases: [
      'Xỏn-xay Xỉ-phăn-đon',
      'Xỏn-xay Xi-phăn-đon',
      'Xon-xay Xi-phăn-đon',
      'Sonexay Siphandon',
      'Thủ tướng Sonexay Siphandone',
      'Thủ tướng Lào Sonexay Siphandone',
      'Prime Minister Sonexay Siphandone',
      'Thủ tướng Sonexay',
      'Thủ tướng Lào Sonexay',
      'Xỏn Xay Xỉ Phăn Đon',
      'Thủ tướng Lào Xỏn-xay Xỉ-phăn-đon',
    ],
    summary: 'Thủ tướng Chính phủ Lào từ 12/2022 (nguồn mới nhất trong cơ sở: 12/2025).',
    roles: [
      {
        title: 'Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào',
        organization: 'chinh-phu-lao',
        from: '2022-12-30',
        note: PUBLIC_RECORD,
        source: { ...S000, quote: 'Thủ tướng Lào Sonexay Siphandone cảm ơn Thủ tướng' },
        also: [
          { ...S003, quote: 'Thủ tướng Lào Sonexay Siphandone khẳng định Lào luôn coi trọng' },
          { ...S002, quote: 'Thủ tướng Lào Sonexay Siphandone vui mừng gặp lại Tổng Bí thư Tô Lâm' },
        ],
      },
    ],
    relations: coChairs,
  },
  {
    id: 'thongloun-sisoulith',
    kind: 'person',
    name: 'Thongloun Sisoulith',
    aliases: [
      'Thoong-lun Xi-xu-lít',
      'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith',
      'Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith',
      'Chủ tịch nước Lào Thongloun Sisoulith',
      'President Thongloun Sisoulith',
      'Thoong Lun Sỉ Su Lít',
      'Thoong-lun Xỉ-xu-lít',
      'Chủ tịch nước Lào Thongloun',
      'Tổng Bí thư, Chủ tịch nước Lào Thongloun',
    ],
    summary:
      'Tổng Bí thư Đảng Nhân dân Cách mạng Lào từ 1/2021 và Chủ tịch nước Lào từ 3/2021 (nguồn mới nhất trong cơ sở: 12/2025).',
    roles: [
      {
        title: 'Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào',
        organization: 'dang-nhan-dan-cach-mang-lao',
        from: '2021-01-15',
        note: PUBLIC_RECORD,
        source: { ...S004, quote: 'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cảm ơn Chủ tịch nước Tô Lâm' },
        also: [{ ...S002, quote: 'cuộc hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith' }],
      },
      {
        title: 'Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào',
        organization: 'lao',
        from: '2021-03-22',
        note: PUBLIC_RECORD,
        source: { ...S002, quote: 'cuộc hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith' },
        also: [{ ...S004, quote: 'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith cảm ơn Chủ tịch nước Tô Lâm' }],
      },
    ],
  },
  {
    id: 'hun-manet',
    kind: 'person',
    name: 'Hun Manet',
    aliases: [
      'Thủ tướng Campuchia Hun Manet',
      'Thủ tướng Hun Manet',
      'Prime Minister Hun Manet',
      'Hun Ma-nét',
      'Thủ tướng Hun Ma-nét',
    ],
    summary: 'Thủ tướng Vương quốc Campuchia từ 8/2023 (nguồn mới nhất trong cơ sở: 11/2024).',
    roles: [
      {
        title: 'Thủ tướng Vương quốc Campuchia',
        organization: 'campuchia',
        from: '2023-08-22',
        note: PUBLIC_RECORD,
        source: { ...S003, quote: 'Thủ tướng Campuchia Hun Manet' },
      },
    ],
  },
  {
    id: 'lam-thien-lap',
    kind: 'person',
    name: 'Lam Thiên Lập',
    aliases: ['Lan Tianli', 'Chủ tịch Quảng Tây Lam Thiên Lập', 'ông Lam Thiên Lập'],
    summary: 'Chủ tịch Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), theo bài 6/11/2024.',
    roles: [
      {
        title: 'Chủ tịch Khu tự trị dân tộc Choang Quảng Tây',
        organization: 'quang-tay',
        source: {
          ...S003,
          quote: 'ông Lam Thiên Lập, chủ tịch Khu tự trị dân tộc Choang (tỉnh Quảng Tây, Trung Quốc)',
        },
      },
    ],
  },
  {
    id: 'tran-quoc-phuong',
    kind: 'person',
    name: 'Trần Quốc Phương',
    aliases: [
      'Tran Quoc Phuong',
      'Thứ trưởng Trần Quốc Phương',
      'Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương',
      'Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương',
    ],
    summary:
      'Thứ trưởng Bộ Kế hoạch và Đầu tư, Phó Chủ tịch Ủy ban hợp tác Việt Nam - Lào, theo bài 16/8/2024 (Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính từ 1/3/2025).',
    roles: [
      {
        title: 'Thứ trưởng Bộ Kế hoạch và Đầu tư',
        organization: 'bo-ke-hoach-va-dau-tu',
        source: { ...S001, quote: 'Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương' },
      },
      {
        title: 'Phó Chủ tịch Ủy ban hợp tác Việt Nam - Lào',
        organization: 'uy-ban-hop-tac-viet-nam-lao',
        source: { ...S001, quote: 'Trần Quốc Phương, Phó Chủ tịch Ủy ban hợp tác Việt Nam-Lào' },
      },
    ],
    relations: [
      {
        type: 'co-chairs',
        target: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: { ...S001, quote: 'Chủ tịch Ủy ban hợp tác Lào-Việt Nam đồng chủ trì Hội nghị giữa kỳ' },
      },
    ],
  },
  {
    id: 'phet-phomphiphak',
    kind: 'person',
    name: 'Phet Phomphiphak',
    aliases: [
      'Phết Phôm-phi-phắc',
      'Bộ trưởng Phet Phomphiphak',
      'Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak',
      'Phết Phôm Phi Phắc',
    ],
    summary:
      'Bộ trưởng Kế hoạch và Đầu tư Lào, Chủ tịch Ủy ban hợp tác Lào - Việt Nam, theo bài 16/8/2024 (Bộ Kế hoạch và Đầu tư Lào hợp nhất vào Bộ Tài chính Lào năm 2025).',
    roles: [
      {
        title: 'Bộ trưởng Kế hoạch và Đầu tư Lào',
        organization: 'bo-ke-hoach-va-dau-tu-lao',
        source: { ...S001, quote: 'Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak' },
      },
      {
        title: 'Chủ tịch Ủy ban hợp tác Lào - Việt Nam',
        organization: 'uy-ban-hop-tac-lao-viet-nam',
        source: { ...S001, quote: 'Phet Phomphiphak, Chủ tịch Ủy ban hợp tác Lào-Việt Nam' },
      },
    ],
    relations: [
      {
        type: 'co-chairs',
        target: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: { ...S001, quote: 'Chủ tịch Ủy ban hợp tác Lào-Việt Nam đồng chủ trì Hội nghị giữa kỳ' },
      },
    ],
  },
  {
    id: 'khamphao-ernthavanh',
    kind: 'person',
    name: 'Khamphao Ernthavanh',
    aliases: ['Đại sứ Khamphao Ernthavanh', 'Đại sứ Lào tại Việt Nam Khamphao Ernthavanh'],
    summary: 'Đại sứ Lào tại Việt Nam, theo bài 16/8/2024.',
    roles: [
      {
        title: 'Đại sứ Lào tại Việt Nam',
        organization: 'lao',
        source: { ...S001, quote: 'Đại sứ Lào tại Việt Nam Khamphao Ernthavanh' },
      },
    ],
    relations: [
      {
        type: 'attended',
        target: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: { ...S001, quote: 'Cùng dự có Đại sứ Lào tại Việt Nam Khamphao Ernthavanh' },
      },
    ],
  },
  {
    id: 'bui-dinh-long',
    kind: 'person',
    name: 'Bùi Đình Long',
    aliases: ['Bui Dinh Long', 'Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long'],
    summary: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An, theo bài 16/8/2024.',
    roles: [
      {
        title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An',
        organization: 'ubnd-tinh-nghe-an',
        source: { ...S001, quote: 'Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long' },
      },
    ],
    relations: [
      {
        type: 'attended',
        target: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: { ...S001, quote: 'Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long; Phó Tư lệnh Quân khu 4' },
      },
    ],
  },
  {
    id: 'ngo-nam-cuong',
    kind: 'person',
    name: 'Ngô Nam Cường',
    aliases: ['Ngo Nam Cuong', 'Đại tá Ngô Nam Cường'],
    summary: 'Đại tá, Phó Tư lệnh Quân khu 4, theo bài 16/8/2024.',
    roles: [
      {
        title: 'Phó Tư lệnh Quân khu 4 (Đại tá)',
        organization: 'quan-khu-4',
        source: { ...S001, quote: 'Phó Tư lệnh Quân khu 4, Đại tá Ngô Nam Cường' },
      },
    ],
    relations: [
      {
        type: 'attended',
        target: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
        source: { ...S001, quote: 'Phó Tư lệnh Quân khu 4, Đại tá Ngô Nam Cường' },
      },
    ],
  },
  {
    id: 'ho-chi-minh',
    kind: 'person',
    name: 'Hồ Chí Minh',
    aliases: ['Chủ tịch Hồ Chí Minh', 'Hồ Chủ tịch', 'Bác Hồ', 'President Ho Chi Minh'],
    summary:
      'Chủ tịch Hồ Chí Minh (1890-1969), người sáng lập nước Việt Nam Dân chủ Cộng hòa; quê ở Kim Liên, Nghệ An.',
    roles: [
      {
        title: 'Chủ tịch nước Việt Nam Dân chủ Cộng hòa',
        organization: 'viet-nam',
        from: '1945-09-02',
        to: '1969-09-02',
        note: 'Theo lịch sử; bài chỉ nhắc "Chủ tịch Hồ Chí Minh".',
        source: { ...S001, quote: 'tưởng niệm Chủ tịch Hồ Chí Minh tại Khu Di tích quốc gia đặc biệt Kim Liên' },
      },
    ],
  },
  {
    id: 'thanh-duy',
    kind: 'person',
    name: 'Thành Duy',
    aliases: [],
    summary: 'Tác giả ảnh bài Báo Nhân Dân về hội nghị giữa kỳ ngày 16/8/2024.',
    roles: [
      {
        title: 'Tác giả ảnh',
        organization: 'bao-nhan-dan',
        source: { ...S001, quote: 'Quang cảnh hội nghị. (Ảnh: THÀNH DUY)' },
      },
    ],
  },
] satisfies Entity[];
