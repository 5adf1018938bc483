/** Agreements, memoranda and cooperation plans named in the seeds. */
import type { Entity } from '../schema.ts';
import { S001, S004 } from './seeds.ts';

const EXCHANGED_2024 = {
  ...S004,
  quote: 'Sau hội đàm, lãnh đạo hai nước đã chứng kiến lễ trao đổi các văn kiện hợp tác gồm',
};

export const agreements = [
  {
    id: 'thoa-thuan-chien-luoc-hop-tac-viet-lao-2021-2030',
    kind: 'agreement',
    name: 'Thỏa thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030',
    aliases: [
      'Thoả thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030',
      'Thỏa thuận chiến lược hợp tác Việt Nam - Lào giai đoạn 2021 - 2030',
      'Chiến lược hợp tác Việt Nam - Lào giai đoạn 2021 - 2030',
      'Thỏa thuận chiến lược hợp tác Việt - Lào 2021 - 2030',
    ],
    summary: 'Văn kiện định hướng hợp tác chiến lược giữa Việt Nam và Lào cho giai đoạn 2021 - 2030.',
  },
  {
    id: 'hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025',
    kind: 'agreement',
    name: 'Hiệp định hợp tác song phương Việt Nam - Lào giai đoạn 2021 - 2025',
    aliases: [
      'Hiệp định hợp tác song phương hai nước giai đoạn 2021 - 2025',
      'Hiệp định hợp tác song phương Việt - Lào giai đoạn 2021 - 2025',
      'hiệp định về hợp tác song phương giai đoạn 2021 - 2025',
      'Hiệp định hợp tác song phương Việt - Lào 2021 - 2023',
      'Hiệp định hợp tác song phương Lào - Việt Nam giai đoạn 2021 - 2025',
      'Hiệp định hợp tác song phương giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào giai đoạn 2021 - 2025',
    ],
    summary:
      'Hiệp định khung về hợp tác song phương giữa hai Chính phủ giai đoạn 2021 - 2025 (bài ngày 5/4/2023 ghi "2021 - 2023").',
  },
  {
    id: 'thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024',
    kind: 'agreement',
    name: 'Thỏa thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2024',
    aliases: [
      'Thoả thuận về Kế hoạch hợp tác Việt Nam - Lào năm 2024',
      'thỏa thuận hợp tác Việt Nam - Lào năm 2024',
      'thoả thuận kế hoạch hợp tác năm 2024',
      'thỏa thuận kế hoạch hợp tác năm 2024',
      'Thỏa thuận về Kế hoạch hợp tác Lào - Việt Nam năm 2024',
      'Thỏa thuận về Kế hoạch hợp tác giữa hai nước 6 tháng đầu năm 2024',
    ],
    summary: 'Kế hoạch hợp tác thường niên năm 2024 giữa hai Chính phủ, được đánh giá giữa kỳ ngày 16/8/2024.',
  },
  {
    id: 'bien-ban-ghi-nho-ha-tang-thuong-mai-bien-gioi-viet-nam-lao',
    kind: 'agreement',
    name: 'Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Việt Nam - Lào',
    aliases: [
      'Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Việt - Lào',
      'Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Lào - Việt Nam',
    ],
    summary: 'Biên bản ghi nhớ ký tại Kỳ họp 46 Ủy ban liên Chính phủ về phát triển hạ tầng thương mại vùng biên giới.',
    relations: [
      {
        type: 'signed-at',
        target: 'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao',
        source: { ...S001, quote: 'đã ký kết tại Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào như Biên bản ghi nhớ' },
      },
    ],
  },
  {
    id: 'hiep-dinh-thuong-mai-viet-nam-lao',
    kind: 'agreement',
    name: 'Hiệp định Thương mại Việt Nam - Lào',
    aliases: [
      'Hiệp định Thương mại Việt - Lào',
      'Hiệp định Thương mại giữa Việt Nam và Lào',
      'Vietnam - Laos Trade Agreement',
      'Hiệp định Thương mại Lào - Việt Nam',
      'Hiệp định Thương mại Lào - Việt',
      'Laos - Vietnam Trade Agreement',
    ],
    summary:
      'Hiệp định thương mại song phương giữa Việt Nam và Lào. Bài ngày 16/8/2024 nêu hiệp định trong "các cam kết của hai nước đã ký kết tại Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào"; bài không ghi ngày, nơi ký.',
    relations: [
      {
        type: 'related-to',
        target: 'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao',
        note: 'Bài nêu hiệp định trong "các cam kết của hai nước đã ký kết tại Kỳ họp 46"; bài không nói hiệp định được ký tại kỳ họp.',
        source: {
          ...S001,
          quote:
            'các cam kết của hai nước đã ký kết tại Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào như Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Việt Nam-Lào, Hiệp định Thương mại Việt Nam-Lào',
        },
      },
    ],
  },
  {
    id: 'ban-ghi-nho-mua-ban-dien-viet-nam-lao',
    kind: 'agreement',
    name: 'Bản ghi nhớ về mua bán điện Việt Nam - Lào',
    aliases: ['Bản ghi nhớ về mua bán điện Lào - Việt Nam', 'Bản ghi nhớ đã ký'],
    summary: 'Bản ghi nhớ theo đó Việt Nam mua điện của Lào ("Bản ghi nhớ đã ký", bài 16/8/2024).',
    relations: [
      {
        type: 'related-to',
        target: 'ket-noi-luoi-dien-viet-nam-lao',
        note: 'Bài nêu liền sau việc mua điện của Lào: cần quy hoạch kết nối lưới điện giữa hai nước.',
        source: {
          ...S001,
          quote:
            'Việt Nam sẽ tiếp tục mua điện của Lào theo đúng Bản ghi nhớ đã ký. Để thúc đẩy hơn nữa về hợp tác năng lượng, cần xây dựng quy hoạch kết nối lưới điện giữa hai nước',
        },
      },
      {
        type: 'related-to',
        target: 'ket-noi-luoi-dien-campuchia-lao-viet-nam',
        note: 'Bài nêu cùng đoạn về hợp tác năng lượng.',
        source: {
          ...S001,
          quote:
            'Việt Nam sẽ tiếp tục mua điện của Lào theo đúng Bản ghi nhớ đã ký. Để thúc đẩy hơn nữa về hợp tác năng lượng, cần xây dựng quy hoạch kết nối lưới điện giữa hai nước và kết nối lưới điện 3 nước Campuchia-Lào-Việt Nam.',
        },
      },
    ],
  },
  {
    id: 'bien-ban-ghi-nho-nghien-cuu-kha-thi-giao-thong-viet-nam-lao',
    kind: 'agreement',
    name: 'Biên bản ghi nhớ nghiên cứu khả thi các dự án giao thông Việt Nam - Lào',
    aliases: ['biên bản ghi nhớ nghiên cứu khả thi'],
    summary: 'Biên bản ghi nhớ về nghiên cứu khả thi trong hợp tác giao thông vận tải và xây dựng giữa hai nước.',
    relations: [
      {
        type: 'related-to',
        target: 'duong-cao-toc-ha-noi-vieng-chan',
        note: 'Bài nêu cùng câu; không nói rõ biên bản áp dụng cho dự án nào.',
        source: {
          ...S001,
          quote: 'hai bên đã ký biên bản ghi nhớ nghiên cứu khả thi và một số dự án đang trong quá trình khảo sát',
        },
      },
      {
        type: 'related-to',
        target: 'duong-sat-vieng-chan-vung-ang',
        note: 'Bài nêu cùng câu; không nói rõ biên bản áp dụng cho dự án nào.',
        source: {
          ...S001,
          quote: 'hai bên đã ký biên bản ghi nhớ nghiên cứu khả thi và một số dự án đang trong quá trình khảo sát',
        },
      },
    ],
  },
  {
    id: 'thoa-thuan-hop-tac-dau-tu-phat-trien-cang-vung-ang',
    kind: 'agreement',
    name: 'Thỏa thuận hợp tác đầu tư phát triển cảng Vũng Áng 1, 2 và 3',
    aliases: [
      'thoả thuận hợp tác đầu tư phát triển cảng Vũng Áng 1, 2 và 3',
      'thỏa thuận hợp tác đầu tư phát triển cảng Vũng Áng',
    ],
    summary:
      'Thỏa thuận và các nghị định thư giữa Việt Nam và Lào về hợp tác đầu tư phát triển các bến cảng Vũng Áng 1, 2 và 3.',
    relations: [
      {
        type: 'covers',
        target: 'cang-vung-ang',
        source: { ...S001, quote: 'thỏa thuận hợp tác đầu tư phát triển cảng Vũng Áng 1, 2 và 3' },
      },
    ],
  },
  {
    id: 'ban-ghi-nho-he-thong-quan-ly-dan-cu-lao',
    kind: 'agreement',
    name: 'Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào về hệ thống quản lý dân cư và căn cước công dân tại Lào',
    aliases: [
      'Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào về xây dựng, triển khai hệ thống quản lý dân cư và căn cước công dân tại Lào',
    ],
    summary:
      'Bản ghi nhớ về xây dựng, triển khai hệ thống quản lý dân cư và căn cước công dân tại Lào, trao đổi ngày 11/7/2024.',
    relations: [
      {
        type: 'covers',
        target: 'he-thong-quan-ly-dan-cu-va-can-cuoc-cong-dan-tai-lao',
        source: { ...S004, quote: 'về xây dựng, triển khai hệ thống quản lý dân cư và căn cước công dân tại Lào' },
      },
      {
        type: 'signed-by',
        target: 'bo-cong-an',
        source: { ...S004, quote: 'Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào' },
      },
      {
        type: 'signed-by',
        target: 'bo-cong-an-lao',
        source: { ...S004, quote: 'Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào' },
      },
      { type: 'signed-at', target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024', source: EXCHANGED_2024 },
    ],
  },
  {
    id: 'hiep-dinh-dan-do-viet-nam-lao',
    kind: 'agreement',
    name: 'Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao Lào',
    aliases: [
      'Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao của Lào',
      'Hiệp định dẫn độ Việt Nam - Lào',
    ],
    summary: 'Hiệp định về dẫn độ tội phạm giữa Việt Nam và Lào, trao đổi ngày 11/7/2024.',
    relations: [
      {
        type: 'signed-by',
        target: 'bo-cong-an',
        source: {
          ...S004,
          quote: 'Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao của Lào',
        },
      },
      {
        type: 'signed-by',
        target: 'vien-kiem-sat-nhan-dan-toi-cao-lao',
        source: {
          ...S004,
          quote: 'Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao của Lào',
        },
      },
      { type: 'signed-at', target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024', source: EXCHANGED_2024 },
    ],
  },
  {
    id: 'ke-hoach-hop-tac-2024-bo-tu-phap-viet-nam-lao',
    kind: 'agreement',
    name: 'Kế hoạch hợp tác năm 2024 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào',
    aliases: ['Kế hoạch hợp tác năm 2024 của giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào'],
    summary: 'Kế hoạch hợp tác năm 2024 của ngành tư pháp hai nước, trao đổi ngày 11/7/2024.',
    relations: [
      {
        type: 'signed-by',
        target: 'bo-tu-phap',
        source: { ...S004, quote: 'Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào' },
      },
      {
        type: 'signed-by',
        target: 'bo-tu-phap-lao',
        source: { ...S004, quote: 'Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào' },
      },
      { type: 'signed-at', target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024', source: EXCHANGED_2024 },
    ],
  },
  {
    id: 'thoa-thuan-ket-noi-van-tai-hang-khong-viet-nam-lao',
    kind: 'agreement',
    name: 'Thỏa thuận tăng cường kết nối vận tải hàng không Việt Nam - Lào',
    aliases: [
      'Thoả thuận tăng cường kết nối vận tải hàng không Việt Nam - Lào',
      'Thỏa thuận tăng cường kết nối vận tải hàng không Việt - Lào',
    ],
    summary:
      'Thỏa thuận giữa Bộ Công chính và Vận tải Lào và hãng Vietjet về tăng cường kết nối hàng không, trao đổi ngày 11/7/2024.',
    relations: [
      {
        type: 'signed-by',
        target: 'bo-cong-chinh-va-van-tai-lao',
        source: { ...S004, quote: 'giữa Bộ Công chính và Vận tải Lào và Vietjet' },
      },
      {
        type: 'signed-by',
        target: 'vietjet',
        source: { ...S004, quote: 'giữa Bộ Công chính và Vận tải Lào và Vietjet' },
      },
      { type: 'signed-at', target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024', source: EXCHANGED_2024 },
    ],
  },
] satisfies Entity[];
