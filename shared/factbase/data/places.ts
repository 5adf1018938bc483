/**
 * Places that matter to the seeds' stories. The four countries are entities (cards, search, links, places of
 * projects) with `highlight: false`: every article names them, so marking each mention would be noise.
 */
import type { Entity } from '../schema.ts';
import { S000, S001, S002, S003 } from './seeds.ts';

export const places = [
  {
    id: 'viet-nam',
    kind: 'place',
    name: 'Việt Nam',
    aliases: [
      'Vietnam',
      'Viet Nam',
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Cộng hoà xã hội chủ nghĩa Việt Nam',
      'CHXHCN Việt Nam',
    ],
    summary: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    highlight: false,
  },
  {
    id: 'lao',
    kind: 'place',
    name: 'Lào',
    aliases: [
      'Laos',
      'Lao PDR',
      'Cộng hòa Dân chủ Nhân dân Lào',
      'Cộng hoà Dân chủ Nhân dân Lào',
      'CHDCND Lào',
      "Lao People's Democratic Republic",
    ],
    summary: 'Nước Cộng hòa Dân chủ Nhân dân Lào; Chủ tịch ASEAN năm 2024.',
    highlight: false,
    relations: [
      {
        type: 'hosted',
        target: 'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4',
        source: { ...S000, quote: 'chúc mừng Lào tổ chức thành công Hội nghị Uỷ hội sông Mekong quốc tế lần thứ 4' },
      },
      {
        type: 'chairs',
        target: 'asean',
        note: 'Chủ tịch ASEAN/AIPA năm 2024',
        source: { ...S000, quote: 'vai trò Chủ tịch ASEAN/AIPA vào năm 2024' },
      },
      {
        type: 'chairs',
        target: 'aipa',
        note: 'Chủ tịch ASEAN/AIPA năm 2024',
        source: { ...S000, quote: 'vai trò Chủ tịch ASEAN/AIPA vào năm 2024' },
      },
    ],
  },
  {
    id: 'campuchia',
    kind: 'place',
    name: 'Campuchia',
    aliases: ['Cam-pu-chia', 'Căm-pu-chia', 'Cambodia', 'Vương quốc Campuchia', 'Kingdom of Cambodia'],
    summary: 'Vương quốc Campuchia, láng giềng của Việt Nam và Lào.',
    highlight: false,
  },
  {
    id: 'trung-quoc',
    kind: 'place',
    name: 'Trung Quốc',
    aliases: ['China', 'Cộng hòa Nhân dân Trung Hoa', 'Cộng hoà Nhân dân Trung Hoa'],
    summary: 'Nước Cộng hòa Nhân dân Trung Hoa.',
    highlight: false,
  },
  {
    id: 'vieng-chan',
    kind: 'place',
    name: 'Viêng Chăn',
    aliases: [
      'Viên Chăn',
      'Vientiane',
      'Thủ đô Viêng Chăn',
      'Thủ đô Viên Chăn',
      'Thủ đô Vientiane',
      'Vieng Chan',
      'Viêng-chăn',
      'Thủ đô Viêng-chăn',
    ],
    summary: 'Thủ đô của Lào.',
    relations: [
      {
        type: 'located-in',
        target: 'lao',
        source: { ...S002, quote: 'Công viên hữu nghị Việt - Lào tại Thủ đô Vientiane' },
      },
    ],
  },
  {
    id: 'hua-phan',
    kind: 'place',
    name: 'Hủa Phăn',
    aliases: [
      'Huả Phăn',
      'tỉnh Hủa Phăn',
      'Houaphanh',
      'Houaphan',
      'Huaphanh',
      'Hua Phan',
      'Hủa-phăn',
      'tỉnh Hủa-phăn',
    ],
    summary: 'Tỉnh miền núi Đông Bắc Lào, giáp các tỉnh Thanh Hóa, Nghệ An, Sơn La của Việt Nam.',
    relations: [
      {
        type: 'located-in',
        target: 'lao',
        source: { ...S002, quote: 'khánh thành Bệnh viện hữu nghị tại tỉnh Hủa Phăn' },
      },
    ],
  },
  {
    id: 'tha-khek',
    kind: 'place',
    name: 'Tha Khek',
    aliases: ['Thà Khẹc', 'Thakhek', 'Tha Khaek'],
    summary: 'Thành phố thủ phủ tỉnh Khăm Muộn, miền Trung Lào, bên sông Mekong.',
    relations: [{ type: 'located-in', target: 'lao' }],
  },
  {
    id: 'tan-ap',
    kind: 'place',
    name: 'Tân Ấp',
    aliases: ['Tan Ap', 'ga Tân Ấp'],
    summary:
      'Địa danh có ga đường sắt ở tỉnh Quảng Bình cũ (từ 1/7/2025 thuộc tỉnh Quảng Trị), trên tuyến đường sắt Viêng Chăn - Tha Khek - Tân Ấp - Vũng Áng.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'vung-ang',
    kind: 'place',
    name: 'Vũng Áng',
    aliases: ['Vung Ang', 'Khu kinh tế Vũng Áng'],
    summary:
      'Khu kinh tế và cảng biển nước sâu ở tỉnh Hà Tĩnh (thuộc thị xã Kỳ Anh trước 1/7/2025, khi cấp huyện được bỏ).',
    relations: [{ type: 'located-in', target: 'ha-tinh' }],
  },
  {
    id: 'nghe-an',
    kind: 'place',
    name: 'Nghệ An',
    aliases: ['tỉnh Nghệ An', 'Nghe An'],
    summary: 'Tỉnh Bắc Trung Bộ giáp Lào; quê hương Chủ tịch Hồ Chí Minh.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'thanh-hoa',
    kind: 'place',
    name: 'Thanh Hóa',
    aliases: ['Thanh Hoá', 'tỉnh Thanh Hóa', 'tỉnh Thanh Hoá', 'Thanh Hoa'],
    summary: 'Tỉnh Bắc Trung Bộ giáp Lào.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'ha-tinh',
    kind: 'place',
    name: 'Hà Tĩnh',
    aliases: ['tỉnh Hà Tĩnh', 'Ha Tinh'],
    summary: 'Tỉnh Bắc Trung Bộ giáp Lào, nơi có cảng Vũng Áng.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'ha-noi',
    kind: 'place',
    name: 'Hà Nội',
    aliases: ['Thủ đô Hà Nội', 'Hanoi', 'Ha Noi'],
    summary: 'Thủ đô của Việt Nam.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'kim-lien',
    kind: 'place',
    name: 'Khu Di tích quốc gia đặc biệt Kim Liên',
    aliases: ['Khu di tích Kim Liên', 'Khu Di tích Kim Liên', 'Kim Liên'],
    summary:
      'Khu di tích quê nội, quê ngoại Chủ tịch Hồ Chí Minh ở Nam Đàn, Nghệ An (huyện Nam Đàn không còn là đơn vị hành chính từ 1/7/2025).',
    relations: [
      {
        type: 'located-in',
        target: 'nam-dan',
        source: { ...S001, quote: 'Khu Di tích quốc gia đặc biệt Kim Liên, Nam Đàn, Nghệ An' },
      },
    ],
  },
  {
    id: 'nam-dan',
    kind: 'place',
    name: 'Nam Đàn',
    aliases: ['huyện Nam Đàn', 'Nam Dan'],
    summary:
      'Vùng quê hương Chủ tịch Hồ Chí Minh ở tỉnh Nghệ An; là huyện đến 30/6/2025 (cấp huyện được bỏ từ 1/7/2025).',
    relations: [{ type: 'located-in', target: 'nghe-an', source: { ...S001, quote: 'Kim Liên, Nam Đàn, Nghệ An' } }],
  },
  {
    id: 'quang-tay',
    kind: 'place',
    name: 'Quảng Tây',
    aliases: [
      'Khu tự trị dân tộc Choang Quảng Tây',
      'Khu tự trị dân tộc Choang',
      'Quảng Tây, Trung Quốc',
      'Guangxi',
      'Guangxi Zhuang Autonomous Region',
    ],
    summary: 'Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc, giáp biên giới phía Bắc Việt Nam.',
    relations: [
      {
        type: 'located-in',
        target: 'trung-quoc',
        source: { ...S003, quote: 'Khu tự trị dân tộc Choang (tỉnh Quảng Tây, Trung Quốc)' },
      },
    ],
  },
  {
    id: 'dong-dang',
    kind: 'place',
    name: 'Đồng Đăng',
    aliases: ['Dong Dang'],
    summary:
      'Cửa khẩu ở tỉnh Lạng Sơn, đầu mối đường sắt liên vận Việt Nam - Trung Quốc (thị trấn thuộc huyện Cao Lộc trước 1/7/2025).',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'mong-cai',
    kind: 'place',
    name: 'Móng Cái',
    aliases: ['Mong Cai'],
    summary:
      'Vùng cửa khẩu của tỉnh Quảng Ninh, giáp Quảng Tây (Trung Quốc); là thành phố trực thuộc tỉnh đến 30/6/2025 (cấp huyện được bỏ từ 1/7/2025).',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
  {
    id: 'hai-phong',
    kind: 'place',
    name: 'Hải Phòng',
    aliases: ['thành phố Hải Phòng', 'Hai Phong', 'Haiphong'],
    summary:
      'Thành phố cảng ở miền Bắc Việt Nam; từ 1/7/2025 hợp nhất với tỉnh Hải Dương, giữ tên thành phố Hải Phòng.',
    relations: [{ type: 'located-in', target: 'viet-nam' }],
  },
] satisfies Entity[];
