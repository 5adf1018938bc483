/** Facts from seed 001: hội nghị giữa kỳ kế hoạch hợp tác Việt Nam - Lào năm 2024, Nghệ An, 16/8/2024. */
import type { Fact } from '../schema.ts';
import { S001 } from './seeds.ts';

const NEW_PROJECTS_H1 = {
  ...S001,
  quote:
    'Riêng 6 tháng đầu năm 2024, 6 dự án của doanh nghiệp Việt Nam đã được cấp phép với tổng số vốn 339 triệu USD, trong đó có 1 dự án thuộc lĩnh vực khai thác mỏ, 1 dự án lĩnh vực điện lực và 4 dự án lĩnh vực y tế.',
};
const STOCK = {
  ...S001,
  quote:
    'Tính đến nay, doanh nghiệp Việt Nam đầu tư vào Lào 256 dự án với tổng vốn đăng ký 5,5 tỷ USD; vốn thực hiện lũy kế đến nay đạt khoảng 2,8 tỷ USD.',
};
const TRADE_H1 = {
  ...S001,
  quote:
    'Hợp tác thương mại giữa hai nước tiếp tục tăng, riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD, tăng 11,1% so với cùng kỳ năm 2023.',
};
const TRADE_SPLIT = {
  ...S001,
  quote:
    'Trong đó, Lào chi 289,2 triệu USD nhập khẩu hàng hóa từ Việt Nam và giá trị hàng Lào xuất khẩu sang Việt Nam đạt 638,6 triệu USD.',
};
const TRANSPORT = {
  ...S001,
  quote:
    'hai bên đã ký biên bản ghi nhớ nghiên cứu khả thi và một số dự án đang trong quá trình khảo sát diện tích trên thực địa, như đường cao tốc nối Viêng Chăn-Hà Nội, tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng',
};
const PPP = {
  ...S001,
  quote:
    'thông qua việc đẩy mạnh hợp tác công-tư để phát triển hạ tầng, kết nối hai nền kinh tế, nhất là tuyến đường bộ cao tốc Hà Nội-Viêng Chăn, tuyến đường sắt Vũng Áng-Viêng Chăn để kết nối Lào ra biển',
};

export const facts001 = [
  {
    id: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024-dong-chu-tri',
    about: [
      'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
      'tran-quoc-phuong',
      'phet-phomphiphak',
      'nghe-an',
      'thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024',
      'hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025',
      'uy-ban-hop-tac-viet-nam-lao',
      'uy-ban-hop-tac-lao-viet-nam',
    ],
    text: 'Chiều 16/8/2024 tại Nghệ An, Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương và Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak đồng chủ trì hội nghị giữa kỳ đánh giá kế hoạch hợp tác năm 2024 và rà soát Hiệp định hợp tác song phương giai đoạn 2021-2025.',
    sources: [
      {
        ...S001,
        quote:
          'Chiều 16/8, tại tỉnh Nghệ An, Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương, Phó Chủ tịch Ủy ban hợp tác Việt Nam-Lào, và Bộ trưởng Kế hoạch và Đầu tư Lào Phet Phomphiphak, Chủ tịch Ủy ban hợp tác Lào-Việt Nam đồng chủ trì Hội nghị giữa kỳ đánh giá triển khai Thỏa thuận về Kế hoạch hợp tác Việt Nam-Lào năm 2024 và rà soát, thúc đẩy Hiệp định hợp tác song phương hai nước giai đoạn 2021-2025.',
      },
    ],
  },
  {
    id: 'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024-dai-bieu',
    about: [
      'hoi-nghi-giua-ky-ke-hoach-hop-tac-viet-nam-lao-2024',
      'khamphao-ernthavanh',
      'bui-dinh-long',
      'ngo-nam-cuong',
      'ubnd-tinh-nghe-an',
      'quan-khu-4',
      'nghe-an',
      'thanh-hoa',
      'ha-tinh',
    ],
    text: 'Dự hội nghị giữa kỳ ngày 16/8/2024 có Đại sứ Lào tại Việt Nam Khamphao Ernthavanh, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long, Phó Tư lệnh Quân khu 4 Đại tá Ngô Nam Cường và đại diện UBND các tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh.',
    sources: [
      {
        ...S001,
        quote:
          'Cùng dự có Đại sứ Lào tại Việt Nam Khamphao Ernthavanh; Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long; Phó Tư lệnh Quân khu 4, Đại tá Ngô Nam Cường; đại diện một số bộ, cơ quan trung ương, UBND các tỉnh Nghệ An, Thanh Hóa, Hà Tĩnh…',
      },
    ],
  },
  {
    id: 'thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024-dat-muc-tieu-6-thang',
    about: ['thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024', 'tran-quoc-phuong'],
    text: 'Theo Thứ trưởng Trần Quốc Phương, Thỏa thuận về Kế hoạch hợp tác giữa hai nước 6 tháng đầu năm 2024 về cơ bản đã đạt mục tiêu đề ra.',
    sources: [
      {
        ...S001,
        quote: 'Thỏa thuận về Kế hoạch hợp tác giữa hai nước 6 tháng đầu năm 2024 về cơ bản đã đạt được mục tiêu đề ra',
      },
    ],
  },
  {
    id: 'lao-cap-phep-dau-tu-moi-viet-nam-2021-2024',
    about: ['lao', 'viet-nam'],
    text: 'Từ năm 2021 đến tháng 8/2024, Lào cấp phép đầu tư mới cho các dự án của doanh nghiệp Việt Nam với tổng mức đầu tư 869,9 triệu USD.',
    sources: [
      {
        ...S001,
        quote:
          'từ năm 2021 đến nay, Lào đã cấp phép đầu tư mới cho doanh nghiệp Việt Nam triển khai một số dự án tại Lào với tổng mức đầu tư 869,9 triệu USD',
      },
    ],
    figure: {
      metric: 'von-dau-tu-moi-cua-viet-nam-tai-lao',
      value: 869_900_000,
      unit: 'USD',
      period: 'từ năm 2021 đến 8/2024',
      periodKey: '2021/2024-08',
    },
  },
  {
    id: 'lao-cap-phep-6-du-an-viet-nam-6-thang-2024',
    about: ['lao', 'viet-nam'],
    text: '6 tháng đầu năm 2024, Lào cấp phép 6 dự án của doanh nghiệp Việt Nam: 1 dự án khai thác mỏ, 1 dự án điện lực và 4 dự án y tế.',
    sources: [NEW_PROJECTS_H1],
    figure: {
      metric: 'so-du-an-moi-cua-viet-nam-tai-lao',
      value: 6,
      unit: 'dự án',
      period: '6 tháng đầu năm 2024',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'lao-von-dau-tu-moi-viet-nam-6-thang-2024',
    about: ['lao', 'viet-nam'],
    text: 'Tổng vốn của 6 dự án doanh nghiệp Việt Nam được Lào cấp phép trong 6 tháng đầu năm 2024 là 339 triệu USD.',
    sources: [NEW_PROJECTS_H1],
    figure: {
      metric: 'von-dau-tu-moi-cua-viet-nam-tai-lao',
      value: 339_000_000,
      unit: 'USD',
      period: '6 tháng đầu năm 2024',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'viet-nam-so-du-an-dau-tu-tai-lao-8-2024',
    about: ['viet-nam', 'lao'],
    text: 'Tính đến tháng 8/2024, doanh nghiệp Việt Nam có 256 dự án đầu tư tại Lào.',
    sources: [STOCK],
    figure: {
      metric: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
      value: 256,
      unit: 'dự án',
      period: 'lũy kế đến 8/2024',
      periodKey: '2024-08-16',
    },
  },
  {
    id: 'viet-nam-von-dang-ky-dau-tu-tai-lao-8-2024',
    about: ['viet-nam', 'lao'],
    text: 'Tính đến tháng 8/2024, tổng vốn đăng ký của doanh nghiệp Việt Nam đầu tư tại Lào là 5,5 tỷ USD.',
    sources: [STOCK],
    figure: {
      metric: 'von-dang-ky-dau-tu-cua-viet-nam-tai-lao',
      value: 5_500_000_000,
      unit: 'USD',
      period: 'lũy kế đến 8/2024',
      periodKey: '2024-08-16',
    },
  },
  {
    id: 'viet-nam-von-thuc-hien-dau-tu-tai-lao-8-2024',
    about: ['viet-nam', 'lao'],
    text: 'Tính đến tháng 8/2024, vốn thực hiện lũy kế của doanh nghiệp Việt Nam tại Lào đạt khoảng 2,8 tỷ USD.',
    sources: [STOCK],
    figure: {
      metric: 'von-thuc-hien-dau-tu-cua-viet-nam-tai-lao',
      value: 2_800_000_000,
      unit: 'USD',
      period: 'lũy kế đến 8/2024',
      periodKey: '2024-08-16',
      qualifier: 'about',
    },
  },
  {
    id: 'viet-nam-du-an-dau-tu-tai-lao-hieu-qua',
    about: ['viet-nam', 'lao'],
    text: 'Nhiều dự án của doanh nghiệp Việt Nam tại Lào hoạt động hiệu quả, nhất là trong viễn thông, ngân hàng, trồng và chế biến cao su, lương thực, thực phẩm, sữa.',
    sources: [
      {
        ...S001,
        quote:
          'nhất là trong các lĩnh vực viễn thông, ngân hàng, trồng và chế biến cao su, sản xuất và chế biến lương thực, thực phẩm, sữa',
      },
    ],
  },
  {
    id: 'viet-nam-thuong-mai-voi-lao-6-thang-2024',
    about: ['viet-nam', 'lao'],
    text: 'Kim ngạch thương mại Việt Nam - Lào 6 tháng đầu năm 2024 đạt 927,8 triệu USD.',
    sources: [TRADE_H1],
    figure: {
      metric: 'thuong-mai-viet-nam-lao',
      value: 927_800_000,
      unit: 'USD',
      period: '6 tháng đầu năm 2024',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'viet-nam-tang-truong-thuong-mai-voi-lao-6-thang-2024',
    about: ['viet-nam', 'lao'],
    text: 'Kim ngạch thương mại Việt Nam - Lào 6 tháng đầu năm 2024 tăng 11,1% so với cùng kỳ năm 2023.',
    sources: [
      TRADE_H1,
      { ...S001, quote: 'Kim ngạch thương mại song phương 6 tháng đầu năm 2024 tăng 11,1% so cùng kỳ' },
    ],
    figure: {
      metric: 'tang-truong-thuong-mai-viet-nam-lao',
      value: 11.1,
      unit: '%',
      period: '6 tháng đầu năm 2024 (so với cùng kỳ 2023)',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'viet-nam-xuat-khau-sang-lao-6-thang-2024',
    about: ['viet-nam', 'lao'],
    text: '6 tháng đầu năm 2024, Lào nhập khẩu 289,2 triệu USD hàng hóa từ Việt Nam.',
    sources: [TRADE_SPLIT],
    figure: {
      metric: 'xuat-khau-viet-nam-sang-lao',
      value: 289_200_000,
      unit: 'USD',
      period: '6 tháng đầu năm 2024',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'lao-xuat-khau-sang-viet-nam-6-thang-2024',
    about: ['lao', 'viet-nam'],
    text: '6 tháng đầu năm 2024, hàng Lào xuất khẩu sang Việt Nam đạt 638,6 triệu USD.',
    sources: [TRADE_SPLIT],
    figure: {
      metric: 'xuat-khau-lao-sang-viet-nam',
      value: 638_600_000,
      unit: 'USD',
      period: '6 tháng đầu năm 2024',
      periodKey: '2024-H1',
    },
  },
  {
    id: 'viet-nam-tang-truong-binh-quan-thuong-mai-voi-lao-2021-2023',
    about: ['viet-nam', 'lao'],
    text: 'Giai đoạn 2021-2023, thương mại Việt Nam - Lào tăng trưởng bình quân 17,7%.',
    sources: [{ ...S001, quote: 'Giai đoạn 2021-2023, tốc độ tăng trưởng bình quân thương mại hai nước đạt 17,7%.' }],
    figure: {
      metric: 'tang-truong-binh-quan-thuong-mai-viet-nam-lao',
      value: 17.7,
      unit: '%',
      period: 'bình quân 2021-2023',
      periodKey: '2021/2023',
    },
  },
  {
    id: 'duong-cao-toc-ha-noi-vieng-chan-khao-sat-2024',
    about: [
      'duong-cao-toc-ha-noi-vieng-chan',
      'bien-ban-ghi-nho-nghien-cuu-kha-thi-giao-thong-viet-nam-lao',
      'vieng-chan',
      'ha-noi',
    ],
    text: 'Tính đến tháng 8/2024, hai bên đã ký biên bản ghi nhớ nghiên cứu khả thi; đường cao tốc nối Viêng Chăn - Hà Nội đang trong quá trình khảo sát thực địa.',
    sources: [TRANSPORT],
  },
  {
    id: 'duong-sat-vieng-chan-vung-ang-khao-sat-2024',
    about: [
      'duong-sat-vieng-chan-vung-ang',
      'bien-ban-ghi-nho-nghien-cuu-kha-thi-giao-thong-viet-nam-lao',
      'vieng-chan',
      'tha-khek',
      'tan-ap',
      'vung-ang',
    ],
    text: 'Tính đến tháng 8/2024, tuyến đường sắt Viêng Chăn - Tha Khek - Tân Ấp - Vũng Áng đang trong quá trình khảo sát thực địa.',
    sources: [TRANSPORT],
  },
  {
    id: 'duong-cao-toc-ha-noi-vieng-chan-hop-tac-cong-tu',
    about: ['duong-cao-toc-ha-noi-vieng-chan', 'duong-sat-vieng-chan-vung-ang', 'tran-quoc-phuong'],
    text: 'Tại hội nghị giữa kỳ 16/8/2024, phía Việt Nam đề nghị đẩy mạnh hợp tác công - tư phát triển hạ tầng, nhất là cao tốc Hà Nội - Viêng Chăn và đường sắt Vũng Áng - Viêng Chăn để kết nối Lào ra biển.',
    sources: [PPP],
  },
  {
    id: 'cang-vung-ang-nghi-dinh-thu-2024',
    about: ['cang-vung-ang', 'thoa-thuan-hop-tac-dau-tu-phat-trien-cang-vung-ang', 'vung-ang'],
    text: 'Năm 2024, hai bên tiếp tục triển khai các thỏa thuận, nghị định thư về hợp tác đầu tư phát triển cảng Vũng Áng 1, 2 và 3.',
    sources: [
      {
        ...S001,
        quote:
          'Hai bên cũng tiếp tục đẩy mạnh triển khai các thỏa thuận, nghị định thư thực hiện thỏa thuận hợp tác đầu tư phát triển cảng Vũng Áng 1, 2 và 3',
      },
    ],
  },
  {
    id: 'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao-cam-ket',
    about: [
      'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao',
      'bien-ban-ghi-nho-ha-tang-thuong-mai-bien-gioi-viet-nam-lao',
      'hiep-dinh-thuong-mai-viet-nam-lao',
      'uy-ban-lien-chinh-phu-viet-nam-lao',
    ],
    text: 'Bài ngày 16/8/2024 đề nghị thúc đẩy thương mại theo "các cam kết của hai nước đã ký kết tại Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào", như Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Việt Nam - Lào và Hiệp định Thương mại Việt Nam - Lào.',
    sources: [
      {
        ...S001,
        quote:
          'các cam kết của hai nước đã ký kết tại Kỳ họp 46 Ủy ban Liên Chính phủ Việt Nam-Lào như Biên bản ghi nhớ về phát triển và kết nối hạ tầng thương mại biên giới Việt Nam-Lào, Hiệp định Thương mại Việt Nam-Lào',
      },
    ],
  },
  {
    id: 'ban-ghi-nho-mua-ban-dien-viet-nam-lao-mua-dien',
    about: ['ban-ghi-nho-mua-ban-dien-viet-nam-lao', 'viet-nam', 'lao'],
    text: 'Việt Nam sẽ tiếp tục mua điện của Lào theo Bản ghi nhớ đã ký.',
    sources: [{ ...S001, quote: 'Việt Nam sẽ tiếp tục mua điện của Lào theo đúng Bản ghi nhớ đã ký.' }],
  },
  {
    id: 'ket-noi-luoi-dien-viet-nam-lao-de-xuat-2024',
    about: ['ket-noi-luoi-dien-viet-nam-lao', 'ket-noi-luoi-dien-campuchia-lao-viet-nam', 'campuchia'],
    text: 'Tại hội nghị giữa kỳ 16/8/2024, phía Việt Nam nêu cần xây dựng quy hoạch kết nối lưới điện giữa hai nước và kết nối lưới điện ba nước Campuchia - Lào - Việt Nam.',
    sources: [
      {
        ...S001,
        quote:
          'Để thúc đẩy hơn nữa về hợp tác năng lượng, cần xây dựng quy hoạch kết nối lưới điện giữa hai nước và kết nối lưới điện 3 nước Campuchia-Lào-Việt Nam.',
      },
    ],
  },
  {
    id: 'tran-quoc-phuong-dot-pha-nguon-nhan-luc',
    about: ['tran-quoc-phuong', 'bao-nhan-dan'],
    text: 'Thứ trưởng Trần Quốc Phương nêu Việt Nam và Lào cần tạo đột phá phát triển nguồn nhân lực chất lượng cao và thúc đẩy hợp tác trong các lĩnh vực ưu tiên như công nghiệp công nghệ cao, năng lượng, khai khoáng.',
    sources: [
      {
        ...S001,
        quote:
          'NDO - Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương nêu rõ, thời gian tới, Việt Nam và Lào cần tạo đột phá phát triển nguồn nhân lực chất lượng cao, coi đây là nhiệm vụ trọng tâm trong quan hệ giữa hai nước; đồng thời, tập trung thúc đẩy hợp tác trong các lĩnh vực ưu tiên như công nghiệp công nghệ cao, đổi mới sáng tạo, năng lượng, khai khoáng',
      },
    ],
  },
  {
    id: 'phet-phomphiphak-de-nghi-hai-bo-hop-tac',
    about: ['phet-phomphiphak', 'bo-ke-hoach-va-dau-tu-lao', 'bo-ke-hoach-va-dau-tu'],
    text: 'Bộ trưởng Phet Phomphiphak đề nghị hai Bộ Kế hoạch và Đầu tư tăng cường hợp tác toàn diện, xúc tiến và quản lý hoạt động đầu tư của doanh nghiệp mỗi nước.',
    sources: [
      {
        ...S001,
        quote:
          'Bộ trưởng Phet Phomphiphak đề nghị trong thời gian tới, hai Bộ tiếp tục tăng cường hợp tác toàn diện, phối hợp chặt chẽ trong việc thúc đẩy hợp tác giữa 2 nước; xúc tiến và quản lý hoạt động đầu tư của các doanh nghiệp tại mỗi nước',
      },
    ],
  },
  {
    id: 'cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao-bien-ban',
    about: [
      'cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao',
      'bo-chinh-tri-dang-cong-san-viet-nam',
      'bo-chinh-tri-dang-nhan-dan-cach-mang-lao',
      'chinh-phu-viet-nam',
      'chinh-phu-lao',
    ],
    text: 'Hai bên cần quán triệt các biên bản cuộc gặp thường niên giữa hai Bộ Chính trị và Thỏa thuận về Kế hoạch hợp tác hằng năm giữa hai Chính phủ.',
    sources: [
      {
        ...S001,
        quote:
          'các biên bản cuộc gặp thường niên giữa hai Bộ Chính trị; Thỏa thuận về Kế hoạch hợp tác hàng năm giữa hai Chính phủ',
      },
    ],
  },
  {
    id: 'ho-chi-minh-tuong-niem-kim-lien-2024',
    about: [
      'ho-chi-minh',
      'kim-lien',
      'nam-dan',
      'phet-phomphiphak',
      'bo-ke-hoach-va-dau-tu-lao',
      'tran-quoc-phuong',
      'bui-dinh-long',
    ],
    text: 'Sáng 16/8/2024, đoàn Bộ Kế hoạch và Đầu tư Lào do Bộ trưởng Phet Phomphiphak dẫn đầu dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu Di tích quốc gia đặc biệt Kim Liên (Nam Đàn, Nghệ An).',
    sources: [
      {
        ...S001,
        quote:
          'đoàn đại biểu Bộ Kế hoạch và Đầu tư Lào do Bộ trưởng Phet Phomphiphak làm trưởng đoàn đã đến dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu Di tích quốc gia đặc biệt Kim Liên, Nam Đàn, Nghệ An.',
      },
      {
        ...S001,
        quote:
          'Cùng dự có Thứ trưởng Kế hoạch và Đầu tư Trần Quốc Phương, Phó Chủ tịch Ủy ban hợp tác Việt Nam-Lào; Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long.',
      },
    ],
  },
  {
    id: 'thanh-duy-anh-hoi-nghi-giua-ky-2024',
    about: ['thanh-duy', 'bao-nhan-dan'],
    text: 'Ảnh trong bài của Báo Nhân Dân (NDO) về hội nghị giữa kỳ ngày 16/8/2024 do Thành Duy thực hiện.',
    sources: [{ ...S001, quote: 'Quang cảnh hội nghị. (Ảnh: THÀNH DUY)' }],
  },
] satisfies Fact[];
