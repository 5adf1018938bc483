/** Facts from seed 002: Tổng Bí thư Tô Lâm hội kiến Thủ tướng Lào Sonexay Siphandone, 1/12/2025. */
import type { Fact } from '../schema.ts';
import { S002 } from './seeds.ts';

const TARGETS = {
  ...S002,
  quote: 'phấn đấu đạt mục tiêu tăng trưởng thương mại đạt 5 tỷ USD, hướng tới mục tiêu 10 tỷ USD trong những năm tới',
};
const OPENED = {
  ...S002,
  quote:
    'hoàn thành một số dự án tiêu biểu, mang dấu ấn quan trọng nhân dịp chuyến thăm này như đưa vào sử dụng Công viên hữu nghị Việt - Lào tại Thủ đô Vientiane; khánh thành Bệnh viện hữu nghị tại tỉnh Hủa Phăn.',
};

export const facts002 = [
  {
    id: 'to-lam-hoi-kien-sonexay-siphandone-2025-12',
    about: ['to-lam', 'sonexay-siphandone', 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025'],
    text: 'Chiều 1/12/2025, nhân chuyến thăm cấp Nhà nước tới Lào, Tổng Bí thư Tô Lâm hội kiến Thủ tướng Lào Sonexay Siphandone.',
    sources: [
      {
        ...S002,
        quote:
          'Chiều 1/12, Tổng Bí thư Tô Lâm có cuộc hội kiến Thủ tướng Lào Sonexay Siphandone, nhân dịp thăm cấp Nhà nước tới Lào.',
      },
    ],
  },
  {
    id: 'le-ky-niem-50-nam-quoc-khanh-lao-doan-viet-nam',
    about: [
      'le-ky-niem-50-nam-quoc-khanh-lao',
      'to-lam',
      'sonexay-siphandone',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025',
    ],
    text: 'Theo Thủ tướng Sonexay Siphandone, sự hiện diện của Tổng Bí thư Tô Lâm và đoàn đại biểu cấp cao Việt Nam góp phần quan trọng vào thành công của Lễ kỷ niệm 50 năm Quốc khánh Lào.',
    sources: [
      {
        ...S002,
        quote:
          'sự hiện diện của Tổng Bí thư Tô Lâm và đoàn đại biểu cấp cao Đảng, Nhà nước Việt Nam đã góp phần quan trọng vào thành công của Lễ kỷ niệm 50 năm Quốc khánh Lào',
      },
    ],
  },
  {
    id: 'to-lam-hoi-dam-thongloun-sisoulith-2025-12',
    about: ['to-lam', 'thongloun-sisoulith', 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025'],
    text: 'Trong chuyến thăm tháng 12/2025, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith; hai bên thống nhất các nội dung quan trọng, trong đó có gắn kết chiến lược.',
    sources: [
      {
        ...S002,
        quote:
          'kết quả cuộc hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith, thống nhất những nội dung hết sức quan trọng cho quan hệ hai nước trong kỷ nguyên phát triển mới, trong đó có gắn kết chiến lược.',
      },
    ],
  },
  {
    id: 'cong-vien-huu-nghi-viet-nam-lao-dua-vao-su-dung-2025',
    about: ['cong-vien-huu-nghi-viet-nam-lao', 'vieng-chan', 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025'],
    text: 'Công viên hữu nghị Việt - Lào tại Thủ đô Vientiane được đưa vào sử dụng nhân dịp chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm (12/2025).',
    sources: [OPENED],
  },
  {
    id: 'benh-vien-huu-nghi-hua-phan-khanh-thanh-2025',
    about: ['benh-vien-huu-nghi-hua-phan', 'hua-phan', 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025'],
    text: 'Bệnh viện hữu nghị tại tỉnh Hủa Phăn được khánh thành nhân dịp chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm (12/2025).',
    sources: [OPENED],
  },
  {
    id: 'ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao-sau-cuoc-gap-hai-dang',
    about: [
      'ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao',
      'cuoc-gap-cap-cao-hai-dang-viet-nam-lao-2025',
      'uy-ban-lien-chinh-phu-viet-nam-lao',
      'dang-cong-san-viet-nam',
      'dang-nhan-dan-cach-mang-lao',
      'to-lam',
    ],
    text: 'Tổng Bí thư Tô Lâm đề nghị tổ chức tốt Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào, diễn ra ngay sau Cuộc gặp cấp cao hai Đảng vào ngày 2/12/2025.',
    sources: [
      {
        ...S002,
        quote:
          'tổ chức tốt Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra ngay sau Cuộc gặp cấp cao hai Đảng vào ngày 2/12',
      },
    ],
  },
  {
    id: 'to-lam-muc-tieu-thuong-mai-5-ty-usd',
    about: ['to-lam', 'viet-nam', 'lao'],
    text: 'Tổng Bí thư Tô Lâm đề nghị Việt Nam - Lào phấn đấu đạt mục tiêu thương mại 5 tỷ USD.',
    sources: [TARGETS],
    figure: {
      metric: 'thuong-mai-viet-nam-lao',
      value: 5_000_000_000,
      unit: 'USD',
      period: 'mục tiêu phấn đấu (đề ra 12/2025)',
      periodKey: '2025-12',
      isTarget: true,
    },
  },
  {
    id: 'to-lam-muc-tieu-thuong-mai-10-ty-usd',
    about: ['to-lam', 'viet-nam', 'lao'],
    text: 'Tổng Bí thư Tô Lâm đề nghị Việt Nam - Lào hướng tới mục tiêu thương mại 10 tỷ USD trong những năm tới.',
    sources: [TARGETS, { ...S002, quote: 'Việt - Lào hướng tới mục tiêu thương mại 10 tỷ USD' }],
    figure: {
      metric: 'thuong-mai-viet-nam-lao',
      value: 10_000_000_000,
      unit: 'USD',
      period: 'mục tiêu những năm tới (đề ra 12/2025)',
      periodKey: '2025-12',
      isTarget: true,
    },
  },
  {
    id: 'sonexay-siphandone-khuyen-khich-doanh-nghiep-viet-nam',
    about: ['sonexay-siphandone', 'to-lam'],
    text: 'Thủ tướng Sonexay Siphandone khẳng định sẽ chỉ đạo giải quyết vướng mắc của doanh nghiệp Việt Nam và khuyến khích các tập đoàn lớn của Việt Nam mở rộng đầu tư tại Lào.',
    sources: [
      {
        ...S002,
        quote:
          'khẳng định sẽ chỉ đạo các bộ, ngành, địa phương và cơ quan hữu quan tích cực giải quyết những vướng mắc của doanh nghiệp Việt Nam',
      },
      { ...S002, quote: 'khuyến khích các tập đoàn lớn của Việt Nam tiếp tục mở rộng đầu tư tại Lào' },
    ],
  },
  {
    id: 'asean-vai-tro-trung-tam-de-nghi-2025',
    about: ['asean', 'cong-dong-asean', 'to-lam'],
    text: 'Tổng Bí thư Tô Lâm đề nghị Việt Nam và Lào phối hợp làm sâu sắc tiến trình hợp tác, liên kết của Cộng đồng ASEAN và tăng cường vai trò trung tâm của ASEAN.',
    sources: [
      {
        ...S002,
        quote:
          'làm sâu sắc tiến trình hợp tác, liên kết của Cộng đồng ASEAN, tăng cường đoàn kết, vai trò trung tâm của ASEAN',
      },
    ],
  },
  {
    id: 'bao-tien-phong-bai-2025-12-01',
    about: ['bao-tien-phong', 'thong-tan-xa-viet-nam'],
    text: 'Bài ngày 1/12/2025 của Báo Tiền Phong (TPO) về cuộc hội kiến; ảnh của TTXVN.',
    sources: [
      { ...S002, quote: 'TPO - Tổng Bí thư Tô Lâm đề nghị' },
      { ...S002, quote: 'Tổng Bí thư Tô Lâm hội kiến Thủ tướng Lào. Ảnh: TTXVN.' },
    ],
  },
] satisfies Fact[];
