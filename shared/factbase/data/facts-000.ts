/** Facts from seed 000: Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone, 5/4/2023. */
import type { Fact } from '../schema.ts';
import { FDI_TEASER_000, S000 } from './seeds.ts';

const TRADE_2022 = {
  ...S000,
  quote:
    'tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, tăng hơn 24% so với năm 2021, vượt mục tiêu đã đề ra (tăng trưởng 10 - 15%)',
};
/** The "Tin liên quan" teaser under the article: another story, dated by itself (seeds.ts, `insets`). */
const FDI_TEASER = {
  ...FDI_TEASER_000,
  quote:
    'Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện tại Việt Nam 4 tháng đầu năm 2024 ước đạt 6,28 tỷ USD tăng 7,4% so với cùng kỳ năm trước',
};

export const facts000 = [
  {
    id: 'pham-minh-chinh-lam-viec-sonexay-siphandone-2023-04',
    about: ['pham-minh-chinh', 'sonexay-siphandone', 'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4'],
    text: 'Chiều 5/4/2023, sau khi bế mạc Hội nghị Cấp cao Ủy hội sông Mekong, Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone.',
    sources: [
      {
        ...S000,
        quote:
          'Chiều 5/4, sau khi bế mạc Hội nghị Cấp cao Ủy hội sông Mekong, Thủ tướng Phạm Minh Chính đã có cuộc làm việc với Thủ tướng Lào Sonexay Siphandone.',
      },
    ],
  },
  {
    id: 'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4-lao-to-chuc',
    about: ['hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4', 'lao', 'uy-hoi-song-mekong', 'pham-minh-chinh'],
    text: 'Lào tổ chức thành công Hội nghị Ủy hội sông Mekong quốc tế lần thứ 4; Thủ tướng Phạm Minh Chính tham dự và chúc mừng.',
    sources: [
      {
        ...S000,
        quote:
          'Thủ tướng Chính phủ Phạm Minh Chính chúc mừng Lào tổ chức thành công Hội nghị Uỷ hội sông Mekong quốc tế lần thứ 4',
      },
      { ...S000, quote: 'cảm ơn Thủ tướng đã tham dự và đóng góp vào thành công của Hội nghị cấp cao' },
    ],
  },
  {
    id: 'ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao-ra-soat-2023',
    about: [
      'ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao',
      'uy-ban-lien-chinh-phu-viet-nam-lao',
      'bo-chinh-tri-dang-cong-san-viet-nam',
      'bo-chinh-tri-dang-nhan-dan-cach-mang-lao',
    ],
    text: 'Cuộc làm việc ngày 5/4/2023 rà soát việc triển khai hợp tác song phương theo chỉ đạo của Bộ Chính trị hai nước và thỏa thuận tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào.',
    sources: [
      {
        ...S000,
        quote:
          'rà soát, đánh giá, kiểm điểm, rút kinh nghiệm việc triển khai các hoạt động hợp tác song phương theo chỉ đạo của Bộ Chính trị hai nước và thỏa thuận tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào',
      },
    ],
  },
  {
    id: 'nam-doan-ket-huu-nghi-viet-nam-lao-2022-hang-tram-hoat-dong',
    about: ['nam-doan-ket-huu-nghi-viet-nam-lao-2022', 'viet-nam', 'lao'],
    text: 'Hai nước tổ chức thành công hàng trăm hoạt động trong Năm Đoàn kết Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022.',
    sources: [
      {
        ...S000,
        quote:
          'tổ chức thành công hàng trăm hoạt động ý nghĩa trong "Năm Đoàn kết Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022" ở cả hai nước',
      },
    ],
  },
  {
    id: 'viet-nam-thuong-mai-voi-lao-2022',
    about: ['viet-nam', 'lao'],
    text: 'Kim ngạch thương mại song phương Việt Nam - Lào cả năm 2022 đạt hơn 1,7 tỷ USD.',
    sources: [TRADE_2022],
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
    id: 'viet-nam-tang-truong-thuong-mai-voi-lao-2022',
    about: ['viet-nam', 'lao'],
    text: 'Năm 2022, kim ngạch thương mại Việt Nam - Lào tăng hơn 24% so với năm 2021.',
    sources: [TRADE_2022],
    figure: {
      metric: 'tang-truong-thuong-mai-viet-nam-lao',
      value: 24,
      unit: '%',
      period: '2022 (so với 2021)',
      periodKey: '2022',
      qualifier: 'more-than',
    },
  },
  {
    id: 'viet-nam-muc-tieu-tang-truong-thuong-mai-voi-lao-2022',
    about: ['viet-nam', 'lao'],
    text: 'Kim ngạch thương mại Việt Nam - Lào năm 2022 tăng hơn 24%, vượt mục tiêu đã đề ra (tăng trưởng 10 - 15%).',
    sources: [TRADE_2022],
    figure: {
      metric: 'tang-truong-thuong-mai-viet-nam-lao',
      value: 10,
      valueMax: 15,
      unit: '%',
      period: 'mục tiêu đã đề ra (kết quả năm 2022 vượt)',
      periodKey: '2022',
      isTarget: true,
    },
  },
  {
    id: 'thoa-thuan-chien-luoc-hop-tac-viet-lao-2021-2030-trien-khai',
    about: ['thoa-thuan-chien-luoc-hop-tac-viet-lao-2021-2030', 'pham-minh-chinh', 'sonexay-siphandone'],
    text: 'Tháng 4/2023, hai Thủ tướng nhất trí nỗ lực triển khai Thỏa thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030.',
    sources: [
      {
        ...S000,
        quote: 'Hai bên nhất trí nỗ lực triển khai Thỏa thuận chiến lược hợp tác Việt - Lào giai đoạn 2021 - 2030',
      },
    ],
  },
  {
    id: 'hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025-ghi-2021-2023',
    about: ['hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025', 'pham-minh-chinh', 'sonexay-siphandone'],
    text: 'Tháng 4/2023, hai Thủ tướng nhất trí triển khai Hiệp định hợp tác song phương; bài này ghi giai đoạn "2021 - 2023", trong khi bài ngày 16/8/2024 ghi "giai đoạn 2021-2025".',
    sources: [{ ...S000, quote: 'Hiệp định hợp tác song phương Việt - Lào 2021 - 2023 và các thỏa thuận cấp cao' }],
  },
  {
    id: 'cang-vung-ang-du-an-trong-diem-2023',
    about: ['cang-vung-ang', 'san-bay-nong-khang', 'pham-minh-chinh', 'sonexay-siphandone'],
    text: 'Tháng 4/2023, hai Thủ tướng quyết tâm tháo gỡ vướng mắc, thúc đẩy các dự án trọng điểm như bến cảng Vũng Áng 1, 2, 3, sân bay Nong Khang và các dự án kết nối giao thông theo hướng Đông - Tây.',
    sources: [
      {
        ...S000,
        quote:
          'thúc đẩy triển khai các dự án trọng điểm như bến cảng Vũng Áng 1, 2, 3; sân bay Nong Khang ; các dự án kết nối giao thông đường bộ, đường sắt theo hướng Đông-Tây',
      },
    ],
  },
  {
    id: 'bo-ke-hoach-va-dau-tu-don-doc-cam-ket-2023',
    about: ['bo-ke-hoach-va-dau-tu', 'uy-ban-hop-tac-viet-nam-lao', 'uy-ban-hop-tac-lao-viet-nam'],
    text: 'Hai Thủ tướng giao Bộ Kế hoạch và Đầu tư và Ủy ban hợp tác hai nước đôn đốc tiến độ triển khai các cam kết, thỏa thuận năm 2023.',
    sources: [
      {
        ...S000,
        quote:
          'hai Thủ tướng giao Bộ Kế hoạch và Đầu tư, Uỷ ban hợp tác hai nước, các bộ, ngành liên quan thường xuyên đôn đốc tiến độ triển khai các nhiệm vụ đã giao',
      },
    ],
  },
  {
    id: 'bo-chinh-tri-dang-cong-san-viet-nam-giao-muc-tieu-hai-chinh-phu',
    about: [
      'bo-chinh-tri-dang-cong-san-viet-nam',
      'bo-chinh-tri-dang-nhan-dan-cach-mang-lao',
      'chinh-phu-viet-nam',
      'chinh-phu-lao',
    ],
    text: 'Hai Bộ Chính trị giao mục tiêu hợp tác cho hai Chính phủ; năm 2023 hai Thủ tướng yêu cầu các bộ, ngành hoàn thành các mục tiêu này.',
    sources: [{ ...S000, quote: 'hoàn thành mục tiêu mà hai Bộ Chính trị đã giao hai Chính phủ' }],
  },
  {
    id: 'lao-chu-tich-asean-aipa-2024',
    about: ['lao', 'asean', 'aipa', 'pham-minh-chinh'],
    text: 'Lào đảm nhận vai trò Chủ tịch ASEAN/AIPA năm 2024; Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẵn sàng hỗ trợ.',
    sources: [
      {
        ...S000,
        quote:
          'Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẵn sàng hỗ trợ Lào đảm nhận thành công các trọng trách quốc tế trong thời gian tới, trong đó có vai trò Chủ tịch ASEAN/AIPA vào năm 2024.',
      },
    ],
  },
  {
    id: 'cong-thong-tin-dien-tu-chinh-phu-anh-2023-04',
    about: ['cong-thong-tin-dien-tu-chinh-phu'],
    text: 'Ảnh bài ngày 5/4/2023 về cuộc làm việc của hai Thủ tướng Việt Nam và Lào được ghi nguồn VGP.',
    sources: [{ ...S000, quote: 'Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone. Ảnh: VGP' }],
  },
  {
    id: 'viet-nam-thu-hut-fdi-4-thang-2024',
    about: ['viet-nam'],
    text: 'Theo tiêu đề một tin liên quan đăng kèm bài, Việt Nam hút 9,27 tỷ USD vốn FDI 4 tháng đầu năm; tiêu đề không ghi năm, đoạn tóm tắt của cùng tin nói về 4 tháng đầu năm 2024.',
    sources: [{ ...FDI_TEASER_000, quote: 'Việt Nam hút 9,27 tỷ USD vốn FDI 4 tháng đầu năm' }, FDI_TEASER],
    figure: {
      metric: 'von-fdi-thu-hut-vao-viet-nam',
      value: 9_270_000_000,
      unit: 'USD',
      period: '4 tháng đầu năm (2024, theo đoạn tóm tắt của tin)',
      periodKey: '2024-4M',
    },
  },
  {
    id: 'viet-nam-von-fdi-thuc-hien-4-thang-2024',
    about: ['viet-nam'],
    text: 'Theo tin liên quan đăng kèm bài, vốn FDI thực hiện tại Việt Nam 4 tháng đầu năm 2024 ước đạt 6,28 tỷ USD, cao nhất của 4 tháng đầu năm trong 5 năm.',
    sources: [
      FDI_TEASER,
      {
        ...FDI_TEASER_000,
        quote: 'Đây là số vốn đầu tư trực tiếp nước ngoài thực hiện cao nhất của 4 tháng đầu năm trong 5 năm qua.',
      },
    ],
    figure: {
      metric: 'von-fdi-thuc-hien-tai-viet-nam',
      value: 6_280_000_000,
      unit: 'USD',
      period: '4 tháng đầu năm 2024',
      periodKey: '2024-4M',
      qualifier: 'estimate',
    },
  },
  {
    id: 'viet-nam-tang-truong-fdi-thuc-hien-4-thang-2024',
    about: ['viet-nam'],
    text: 'Theo tin liên quan đăng kèm bài, vốn FDI thực hiện tại Việt Nam 4 tháng đầu năm 2024 tăng 7,4% so với cùng kỳ năm trước.',
    sources: [FDI_TEASER],
    figure: {
      metric: 'tang-truong-von-fdi-thuc-hien-tai-viet-nam',
      value: 7.4,
      unit: '%',
      period: '4 tháng đầu năm 2024 (so với cùng kỳ)',
      periodKey: '2024-4M',
    },
  },
] satisfies Fact[];
