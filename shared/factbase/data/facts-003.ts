/** Facts from seed 003: Thủ tướng Phạm Minh Chính gặp lãnh đạo Lào, Campuchia, Quảng Tây bên lề GMS 8, 6/11/2024. */
import type { Fact } from '../schema.ts';
import { S003 } from './seeds.ts';

export const facts003 = [
  {
    id: 'pham-minh-chinh-gap-sonexay-siphandone-gms-8',
    about: [
      'pham-minh-chinh',
      'sonexay-siphandone',
      'hoi-nghi-cap-cao-gms-lan-thu-8',
      'chuong-trinh-hop-tac-tieu-vung-mekong-mo-rong',
    ],
    text: 'Nhân dịp dự Hội nghị Cấp cao hợp tác Tiểu vùng Mekong mở rộng lần thứ 8 (GMS 8), Thủ tướng Phạm Minh Chính gặp song phương Thủ tướng Lào Sonexay Siphandone (6/11/2024).',
    sources: [
      {
        ...S003,
        quote:
          'Nhân dịp tham dự Hội nghị hợp tác tiểu vùng sông Mekong (GMS 8) và các hội nghị liên quan, Thủ tướng Phạm Minh Chính đã có cuộc gặp song phương với Thủ tướng Lào Sonexay Siphandone.',
      },
    ],
  },
  {
    id: 'pham-minh-chinh-sonexay-quoc-phong-an-ninh-2024',
    about: ['pham-minh-chinh', 'sonexay-siphandone'],
    text: 'Tháng 11/2024, hai Thủ tướng Việt Nam và Lào nhất trí làm sâu sắc trụ cột hợp tác quốc phòng - an ninh, xây dựng đường biên giới Việt Nam - Lào hòa bình, hữu nghị.',
    sources: [
      {
        ...S003,
        quote:
          'hai Thủ tướng đã nhất trí làm sâu sắc hơn trụ cột hợp tác về quốc phòng - an ninh, bảo đảm chỗ dựa vững chắc cho nhau',
      },
      { ...S003, quote: 'xây dựng đường biên giới Việt Nam - Lào hòa bình, hữu nghị, ổn định, phát triển bền vững' },
    ],
  },
  {
    id: 'sonexay-siphandone-uu-tien-doanh-nghiep-viet-nam',
    about: ['sonexay-siphandone', 'lao', 'viet-nam'],
    text: 'Thủ tướng Sonexay Siphandone khẳng định Lào luôn coi trọng, ưu tiên doanh nghiệp Việt Nam đầu tư, kinh doanh tại Lào, nhất là hạ tầng, năng lượng, công nghệ cao, kết nối giao thông.',
    sources: [
      {
        ...S003,
        quote:
          'Thủ tướng Lào Sonexay Siphandone khẳng định Lào luôn coi trọng và ưu tiên các doanh nghiệp Việt Nam đầu tư, kinh doanh tại Lào.',
      },
      {
        ...S003,
        quote: 'Đặc biệt là các lĩnh vực chiến lược như cơ sở hạ tầng, năng lượng, công nghệ cao, kết nối giao thông',
      },
    ],
  },
  {
    id: 'pham-minh-chinh-gap-hun-manet-2024-11',
    about: ['pham-minh-chinh', 'hun-manet', 'campuchia'],
    text: 'Chiều 6/11/2024, Thủ tướng Phạm Minh Chính gặp Thủ tướng Campuchia Hun Manet; hai Thủ tướng nhất trí tăng cường hợp tác quốc phòng – an ninh và cam kết đẩy mạnh kết nối giao thông, nhất là ở khu vực biên giới.',
    sources: [
      {
        ...S003,
        quote: 'Cũng trong chiều 6-11, Thủ tướng Chính phủ Phạm Minh Chính gặp Thủ tướng Campuchia Hun Manet.',
      },
      { ...S003, quote: 'Hai Thủ tướng nhất trí tăng cường hợp tác quốc phòng – an ninh' },
      { ...S003, quote: 'cam kết đẩy mạnh kết nối giao thông, nhất là ở khu vực biên giới' },
    ],
  },
  {
    id: 'viet-nam-muc-tieu-thuong-mai-campuchia-20-ty-usd',
    about: ['viet-nam', 'campuchia', 'pham-minh-chinh', 'hun-manet'],
    text: 'Thủ tướng Phạm Minh Chính và Thủ tướng Hun Manet nhất trí nỗ lực để kim ngạch thương mại song phương Việt Nam - Campuchia sớm đạt 20 tỉ USD.',
    sources: [
      {
        ...S003,
        quote: 'nỗ lực đạt mục tiêu kim ngạch thương mại song phương sớm đạt 20 tỉ USD trong thời gian tới',
      },
    ],
    figure: {
      metric: 'thuong-mai-viet-nam-campuchia',
      value: 20_000_000_000,
      unit: 'USD',
      period: 'mục tiêu thời gian tới (đề ra 11/2024)',
      periodKey: '2024-11',
      isTarget: true,
    },
  },
  {
    id: 'pham-minh-chinh-phan-gioi-cam-moc-campuchia',
    about: ['pham-minh-chinh', 'hun-manet', 'campuchia'],
    text: 'Thủ tướng Phạm Minh Chính đề nghị Việt Nam và Campuchia thúc đẩy giải quyết các khu vực chưa hoàn thành phân giới cắm mốc.',
    sources: [
      {
        ...S003,
        quote:
          'Thủ tướng Phạm Minh Chính đề nghị hai bên thúc đẩy giải quyết các khu vực chưa hoàn thành phân giới cắm mốc.',
      },
    ],
  },
  {
    id: 'lam-thien-lap-gap-pham-minh-chinh-2024-11',
    about: ['lam-thien-lap', 'pham-minh-chinh', 'quang-tay', 'trung-quoc'],
    text: 'Ngày 6/11/2024, Thủ tướng Phạm Minh Chính tiếp ông Lam Thiên Lập, Chủ tịch Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).',
    sources: [
      {
        ...S003,
        quote:
          'Cùng ngày, tại cuộc tiếp ông Lam Thiên Lập, chủ tịch Khu tự trị dân tộc Choang (tỉnh Quảng Tây, Trung Quốc), Thủ tướng Phạm Minh Chính',
      },
    ],
  },
  {
    id: 'cua-khau-thong-minh-thi-diem-quang-tay',
    about: ['cua-khau-thong-minh', 'pham-minh-chinh', 'lam-thien-lap', 'quang-tay'],
    text: 'Thủ tướng Phạm Minh Chính đề nghị hợp tác triển khai các tuyến đường sắt khổ tiêu chuẩn kết nối Quảng Tây với Việt Nam và làm tốt mô hình thí điểm cửa khẩu thông minh; ông Lam Thiên Lập mong nâng hiệu suất thông quan với mô hình này.',
    sources: [
      {
        ...S003,
        quote:
          'Đó là việc hợp tác triển khai các tuyến đường sắt khổ tiêu chuẩn kết nối Quảng Tây với Việt Nam, làm tốt mô hình thí điểm cửa khẩu thông minh.',
      },
      {
        ...S003,
        quote: 'nâng cao hiệu suất thông quan với mô hình "cửa khẩu thông minh"',
      },
    ],
  },
  {
    id: 'duong-sat-dong-dang-ha-noi-ket-noi-quang-tay',
    about: [
      'duong-sat-dong-dang-ha-noi',
      'duong-sat-mong-cai-hai-phong',
      'lam-thien-lap',
      'quang-tay',
      'dong-dang',
      'ha-noi',
      'mong-cai',
      'hai-phong',
    ],
    text: 'Chủ tịch Quảng Tây Lam Thiên Lập khẳng định đẩy mạnh kết nối đường sắt từ Quảng Tây với các tuyến Đồng Đăng - Hà Nội và Móng Cái - Hải Phòng.',
    sources: [
      {
        ...S003,
        quote:
          'đẩy mạnh kết nối giao thông đường bộ, đường sắt, nhất là các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội, Móng Cái - Hải Phòng.',
      },
    ],
  },
  {
    id: 'khu-hop-tac-kinh-te-qua-bien-gioi-viet-nam-quang-tay-nghien-cuu',
    about: ['khu-hop-tac-kinh-te-qua-bien-gioi-viet-nam-quang-tay', 'pham-minh-chinh', 'quang-tay'],
    text: 'Thủ tướng Phạm Minh Chính đề nghị sớm nghiên cứu mô hình thí điểm khu hợp tác kinh tế qua biên giới với Quảng Tây, cùng hợp tác kinh tế số, điện lực, năng lượng sạch.',
    sources: [
      {
        ...S003,
        quote:
          'Sớm triển khai nghiên cứu xây dựng mô hình thí điểm khu hợp tác kinh tế qua biên giới và hợp tác kinh tế số, điện lực, năng lượng sạch.',
      },
    ],
  },
  {
    id: 'khu-canh-quan-thac-ban-gioc-duc-thien-van-hanh',
    about: ['khu-canh-quan-thac-ban-gioc-duc-thien', 'quang-tay', 'pham-minh-chinh'],
    text: 'Việt Nam và Quảng Tây cần vận hành an toàn, hiệu quả khu cảnh quan thác Bản Giốc - Đức Thiên.',
    sources: [{ ...S003, quote: 'vận hành an toàn, hiệu quả khu cảnh quan thác Bản Giốc Đức Thiên' }],
  },
  {
    id: 'trung-quoc-doi-tac-hop-tac-chien-luoc-toan-dien-viet-nam',
    about: ['trung-quoc', 'viet-nam', 'lam-thien-lap', 'asean'],
    text: 'Ông Lam Thiên Lập mong hợp tác giữa Quảng Tây và Việt Nam góp phần đưa quan hệ đối tác hợp tác chiến lược toàn diện Trung Quốc - Việt Nam đi vào chiều sâu; qua Việt Nam, Quảng Tây kết nối với các nước ASEAN.',
    sources: [
      {
        ...S003,
        quote: 'đưa quan hệ đối tác hợp tác chiến lược toàn diện Trung Quốc - Việt Nam đi vào chiều sâu',
      },
      { ...S003, quote: 'qua Việt Nam kết nối với các nước ASEAN' },
    ],
  },
] satisfies Fact[];
