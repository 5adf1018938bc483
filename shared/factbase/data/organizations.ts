/** Organizations named in the seeds: party and state bodies, ministries, committees, regional bodies, firms, media. */
import type { Entity } from '../schema.ts';
import { S000, S001 } from './seeds.ts';

/** A body's end after the seeds: public record, outside the seeds (as roles' PUBLIC_RECORD dates). */
const publicRecord = (what: string) => `Hồ sơ công khai, ngoài các bài nguồn: ${what}`;

export const organizations = [
  {
    id: 'dang-cong-san-viet-nam',
    kind: 'organization',
    name: 'Đảng Cộng sản Việt Nam',
    aliases: ['ĐCSVN', 'Communist Party of Vietnam', 'CPV'],
    summary: 'Đảng cầm quyền ở Việt Nam.',
  },
  {
    id: 'dang-nhan-dan-cach-mang-lao',
    kind: 'organization',
    name: 'Đảng Nhân dân Cách mạng Lào',
    aliases: ['Đảng NDCM Lào', "Lao People's Revolutionary Party", 'LPRP'],
    summary: 'Đảng cầm quyền ở Lào.',
  },
  {
    id: 'bo-chinh-tri-dang-cong-san-viet-nam',
    kind: 'organization',
    name: 'Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
    aliases: ['Bộ Chính trị Đảng Cộng sản Việt Nam', 'Bộ Chính trị Trung ương Đảng Cộng sản Việt Nam'],
    summary: 'Cơ quan lãnh đạo cao nhất của Đảng Cộng sản Việt Nam giữa hai kỳ hội nghị Trung ương.',
    relations: [{ type: 'part-of', target: 'dang-cong-san-viet-nam' }],
  },
  {
    id: 'bo-chinh-tri-dang-nhan-dan-cach-mang-lao',
    kind: 'organization',
    name: 'Bộ Chính trị Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào',
    aliases: ['Bộ Chính trị Đảng Nhân dân Cách mạng Lào', 'Bộ Chính trị Trung ương Đảng Nhân dân Cách mạng Lào'],
    summary: 'Cơ quan lãnh đạo cao nhất của Đảng Nhân dân Cách mạng Lào giữa hai kỳ hội nghị Trung ương.',
    relations: [{ type: 'part-of', target: 'dang-nhan-dan-cach-mang-lao' }],
  },
  {
    id: 'chinh-phu-viet-nam',
    kind: 'organization',
    name: 'Chính phủ Việt Nam',
    aliases: ['Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Chính phủ nước Cộng hoà xã hội chủ nghĩa Việt Nam'],
    summary: 'Cơ quan hành chính nhà nước cao nhất của Việt Nam, do Thủ tướng đứng đầu.',
  },
  {
    id: 'chinh-phu-lao',
    kind: 'organization',
    name: 'Chính phủ Lào',
    aliases: [
      'Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào',
      'Chính phủ nước Cộng hoà Dân chủ Nhân dân Lào',
      'Chính phủ CHDCND Lào',
    ],
    summary: 'Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào, do Thủ tướng đứng đầu.',
  },
  {
    id: 'uy-ban-lien-chinh-phu-viet-nam-lao',
    kind: 'organization',
    name: 'Ủy ban liên Chính phủ Việt Nam - Lào',
    aliases: [
      'Uỷ ban liên Chính phủ Việt Nam - Lào',
      'Ủy ban liên Chính phủ Việt - Lào',
      'Uỷ ban liên Chính phủ Việt - Lào',
      'Vietnam-Laos Intergovernmental Committee',
      'Ủy ban liên Chính phủ Lào - Việt Nam',
      'Uỷ ban liên Chính phủ Lào - Việt Nam',
      'Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào',
      'Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào, Lào - Việt Nam',
      'Ủy ban liên Chính phủ về hợp tác song phương Lào - Việt Nam',
      'Lao-Vietnam Intergovernmental Committee',
      'Laos-Vietnam Intergovernmental Committee',
    ],
    summary:
      'Cơ chế hợp tác song phương cao nhất giữa hai Chính phủ Việt Nam và Lào; họp thường niên (các kỳ họp được đánh số).',
  },
  {
    id: 'uy-ban-hop-tac-viet-nam-lao',
    kind: 'organization',
    name: 'Ủy ban hợp tác Việt Nam - Lào',
    aliases: ['Uỷ ban hợp tác Việt Nam - Lào', 'Ủy ban Hợp tác Việt Nam - Lào'],
    summary:
      'Ủy ban phía Việt Nam trong cơ chế hợp tác liên Chính phủ Việt Nam - Lào; theo bài 16/8/2024, Thứ trưởng Kế hoạch và Đầu tư là Phó Chủ tịch.',
    relations: [
      {
        type: 'part-of',
        target: 'uy-ban-lien-chinh-phu-viet-nam-lao',
        note: publicRecord('ủy ban là phía Việt Nam của Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào.'),
      },
      {
        type: 'related-to',
        target: 'bo-ke-hoach-va-dau-tu',
        note: 'Phó Chủ tịch ủy ban là Thứ trưởng Kế hoạch và Đầu tư (bài 16/8/2024).',
        source: {
          ...S001,
          quote: 'Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương, Phó Chủ tịch Ủy ban hợp tác Việt Nam-Lào',
        },
      },
      {
        type: 'partner-of',
        target: 'uy-ban-hop-tac-lao-viet-nam',
        source: {
          ...S001,
          quote:
            'Phó Chủ tịch Ủy ban hợp tác Việt Nam-Lào, và Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak, Chủ tịch Ủy ban hợp tác Lào-Việt Nam đồng chủ trì',
        },
      },
    ],
  },
  {
    id: 'uy-ban-hop-tac-lao-viet-nam',
    kind: 'organization',
    name: 'Ủy ban hợp tác Lào - Việt Nam',
    aliases: ['Uỷ ban hợp tác Lào - Việt Nam', 'Ủy ban Hợp tác Lào - Việt Nam'],
    summary:
      'Ủy ban phía Lào trong cơ chế hợp tác liên Chính phủ Lào - Việt Nam; theo bài 16/8/2024, Bộ trưởng Kế hoạch và Đầu tư Lào là Chủ tịch.',
    relations: [
      {
        type: 'part-of',
        target: 'uy-ban-lien-chinh-phu-viet-nam-lao',
        note: publicRecord('ủy ban là phía Lào của Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - Lào.'),
      },
      {
        type: 'related-to',
        target: 'bo-ke-hoach-va-dau-tu-lao',
        note: 'Chủ tịch ủy ban là Bộ trưởng Kế hoạch và Đầu tư Lào (bài 16/8/2024).',
        source: {
          ...S001,
          quote: 'Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak, Chủ tịch Ủy ban hợp tác Lào-Việt Nam',
        },
      },
    ],
  },
  {
    id: 'bo-ke-hoach-va-dau-tu',
    kind: 'organization',
    name: 'Bộ Kế hoạch và Đầu tư',
    aliases: [
      'Bộ Kế hoạch và Đầu tư Việt Nam',
      'Bộ KH&ĐT',
      'Bộ KHĐT',
      'Bộ Kế hoạch - Đầu tư',
      'Ministry of Planning and Investment of Vietnam',
      'MPI',
    ],
    summary:
      'Bộ Kế hoạch và Đầu tư của Việt Nam; các bài 2023-2024 nêu bộ đôn đốc các cam kết hợp tác với Lào cùng Ủy ban hợp tác hai nước.',
    ended: {
      date: '2025-03-01',
      text: 'hợp nhất vào Bộ Tài chính',
      note: publicRecord('Bộ Kế hoạch và Đầu tư hợp nhất vào Bộ Tài chính từ ngày 1/3/2025.'),
    },
    relations: [
      {
        type: 'partner-of',
        target: 'bo-ke-hoach-va-dau-tu-lao',
        source: { ...S001, quote: 'hai Bộ tiếp tục tăng cường hợp tác toàn diện' },
      },
    ],
  },
  {
    id: 'bo-ke-hoach-va-dau-tu-lao',
    kind: 'organization',
    name: 'Bộ Kế hoạch và Đầu tư Lào',
    aliases: [
      'Bộ Kế hoạch và Đầu tư CHDCND Lào',
      'Ministry of Planning and Investment of Laos',
      'Lao Ministry of Planning and Investment',
      'Bộ KH&ĐT Lào',
      'Bộ KHĐT Lào',
    ],
    summary:
      'Bộ Kế hoạch và Đầu tư của Lào; theo bài 16/8/2024, Bộ trưởng đồng thời là Chủ tịch Ủy ban hợp tác Lào - Việt Nam.',
    ended: {
      date: '2025-03-20',
      text: 'hợp nhất vào Bộ Tài chính Lào',
      note: publicRecord(
        'Quốc hội Lào thông qua ngày 20/3/2025 việc hợp nhất Bộ Kế hoạch và Đầu tư vào Bộ Tài chính (giữ tên Bộ Tài chính).',
      ),
    },
  },
  {
    id: 'uy-hoi-song-mekong',
    kind: 'organization',
    name: 'Ủy hội sông Mekong quốc tế',
    aliases: [
      'Ủy hội sông Mekong',
      'Uỷ hội sông Mekong',
      'Uỷ hội sông Mekong quốc tế',
      'Ủy hội sông Mê Công',
      'Uỷ hội sông Mê Công',
      'Ủy hội sông Mê Kông',
      'Mekong River Commission',
      'MRC',
    ],
    summary: 'Tổ chức liên chính phủ của Campuchia, Lào, Thái Lan và Việt Nam về quản lý chung lưu vực sông Mekong.',
  },
  {
    id: 'chuong-trinh-hop-tac-tieu-vung-mekong-mo-rong',
    kind: 'organization',
    name: 'Chương trình hợp tác Tiểu vùng Mekong mở rộng',
    aliases: [
      'Tiểu vùng Mekong mở rộng',
      'Tiểu vùng sông Mekong mở rộng',
      'Greater Mekong Subregion',
      'GMS',
      'Tiểu vùng Mê Công mở rộng',
      'Tiểu vùng sông Mê Công mở rộng',
      'Chương trình hợp tác Tiểu vùng Mê Công mở rộng',
    ],
    summary:
      'Chương trình hợp tác kinh tế của sáu nước lưu vực Mekong (Campuchia, Lào, Myanmar, Thái Lan, Trung Quốc, Việt Nam).',
  },
  {
    id: 'asean',
    kind: 'organization',
    name: 'ASEAN',
    aliases: [
      'Hiệp hội các quốc gia Đông Nam Á',
      'Hiệp hội các nước Đông Nam Á',
      'Association of Southeast Asian Nations',
    ],
    summary: 'Hiệp hội các quốc gia Đông Nam Á; Lào giữ vai trò Chủ tịch ASEAN năm 2024.',
  },
  {
    id: 'cong-dong-asean',
    kind: 'organization',
    name: 'Cộng đồng ASEAN',
    aliases: ['ASEAN Community'],
    summary: 'Cộng đồng các nước ASEAN, gồm ba trụ cột chính trị - an ninh, kinh tế và văn hóa - xã hội.',
    relations: [{ type: 'part-of', target: 'asean' }],
  },
  {
    id: 'aipa',
    kind: 'organization',
    name: 'Đại hội đồng Liên nghị viện ASEAN',
    aliases: ['AIPA', 'ASEAN Inter-Parliamentary Assembly', 'Đại hội đồng Liên Nghị viện ASEAN'],
    summary: 'Tổ chức liên nghị viện của các nước ASEAN; Lào giữ vai trò Chủ tịch AIPA năm 2024.',
    relations: [
      { type: 'related-to', target: 'asean', source: { ...S000, quote: 'vai trò Chủ tịch ASEAN/AIPA vào năm 2024' } },
    ],
  },
  {
    id: 'ubnd-tinh-nghe-an',
    kind: 'organization',
    name: 'Ủy ban nhân dân tỉnh Nghệ An',
    aliases: ['UBND tỉnh Nghệ An', 'Uỷ ban nhân dân tỉnh Nghệ An', 'UBND Nghệ An'],
    summary: 'Cơ quan hành chính nhà nước của tỉnh Nghệ An.',
    relations: [{ type: 'located-in', target: 'nghe-an' }],
  },
  {
    id: 'quan-khu-4',
    kind: 'organization',
    name: 'Quân khu 4',
    aliases: ['Quân khu IV', 'QK4'],
    summary: 'Quân khu của Quân đội nhân dân Việt Nam phụ trách các tỉnh Bắc Trung Bộ, giáp biên giới Lào.',
  },
  {
    id: 'bo-quoc-phong',
    kind: 'organization',
    name: 'Bộ Quốc phòng Việt Nam',
    aliases: ['Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Ministry of National Defence of Vietnam'],
    summary: 'Bộ Quốc phòng của Việt Nam.',
  },
  {
    id: 'bo-quoc-phong-lao',
    kind: 'organization',
    name: 'Bộ Quốc phòng Lào',
    aliases: ['Ministry of National Defence of Laos', 'Lao Ministry of National Defence'],
    summary: 'Bộ Quốc phòng của Lào.',
  },
  {
    id: 'bo-cong-an',
    kind: 'organization',
    name: 'Bộ Công an Việt Nam',
    aliases: ['Bộ Công an nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Ministry of Public Security of Vietnam'],
    summary: 'Bộ Công an của Việt Nam.',
  },
  {
    id: 'bo-cong-an-lao',
    kind: 'organization',
    name: 'Bộ Công an Lào',
    aliases: ['Ministry of Public Security of Laos', 'Lao Ministry of Public Security'],
    summary: 'Bộ Công an của Lào.',
  },
  {
    id: 'vien-kiem-sat-nhan-dan-toi-cao-lao',
    kind: 'organization',
    name: 'Viện Kiểm sát nhân dân tối cao Lào',
    aliases: [
      'Viện Kiểm sát nhân dân tối cao của Lào',
      'VKSND tối cao Lào',
      "Office of the Supreme People's Prosecutor of Laos",
    ],
    summary: 'Viện Kiểm sát nhân dân tối cao của Lào.',
  },
  {
    id: 'bo-tu-phap',
    kind: 'organization',
    name: 'Bộ Tư pháp Việt Nam',
    aliases: ['Ministry of Justice of Vietnam'],
    summary: 'Bộ Tư pháp của Việt Nam.',
  },
  {
    id: 'bo-tu-phap-lao',
    kind: 'organization',
    name: 'Bộ Tư pháp Lào',
    aliases: ['Ministry of Justice of Laos', 'Lao Ministry of Justice'],
    summary: 'Bộ Tư pháp của Lào.',
  },
  {
    id: 'bo-cong-chinh-va-van-tai-lao',
    kind: 'organization',
    name: 'Bộ Công chính và Vận tải Lào',
    aliases: [
      'Bộ Công chính và Vận tải',
      'Bộ Công chính - Vận tải Lào',
      'Ministry of Public Works and Transport of Laos',
    ],
    summary: 'Bộ Công chính và Vận tải của Lào, phụ trách giao thông, hàng không dân dụng và xây dựng.',
  },
  {
    id: 'vietjet',
    kind: 'organization',
    name: 'Vietjet',
    aliases: ['Vietjet Air', 'VietJet', 'Hãng hàng không Vietjet', 'Công ty cổ phần Hàng không Vietjet'],
    summary: 'Hãng hàng không tư nhân của Việt Nam.',
  },
  {
    id: 'bao-nhan-dan',
    kind: 'organization',
    name: 'Báo Nhân Dân',
    aliases: ['Báo Nhân dân', 'NDO', 'Nhân Dân điện tử'],
    summary: 'Cơ quan trung ương của Đảng Cộng sản Việt Nam; NDO là báo điện tử của Báo Nhân Dân.',
  },
  {
    id: 'bao-tien-phong',
    kind: 'organization',
    name: 'Báo Tiền Phong',
    aliases: ['Báo Tiền phong', 'TPO', 'Tiền Phong Online'],
    summary: 'Báo của Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh; TPO là báo điện tử.',
  },
  {
    id: 'bao-cong-thuong',
    kind: 'organization',
    name: 'Báo Công Thương',
    aliases: ['Báo Công thương'],
    summary: 'Báo của Bộ Công Thương Việt Nam.',
  },
  {
    id: 'thong-tan-xa-viet-nam',
    kind: 'organization',
    name: 'Thông tấn xã Việt Nam',
    aliases: ['TTXVN', 'Vietnam News Agency'],
    summary: 'Hãng thông tấn quốc gia của Việt Nam.',
  },
  {
    id: 'cong-thong-tin-dien-tu-chinh-phu',
    kind: 'organization',
    name: 'Cổng Thông tin điện tử Chính phủ',
    aliases: ['VGP', 'Báo điện tử Chính phủ', 'baochinhphu.vn'],
    summary: 'Cổng Thông tin điện tử Chính phủ Việt Nam (Báo điện tử Chính phủ), ghi nguồn ảnh "VGP".',
  },
] satisfies Entity[];
