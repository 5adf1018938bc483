/** Facts from seed 004: Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, 11/7/2024. */
import type { Fact } from '../schema.ts';
import { S004 } from './seeds.ts';

const EXCHANGED = {
  ...S004,
  quote: 'Sau hội đàm, lãnh đạo hai nước đã chứng kiến lễ trao đổi các văn kiện hợp tác gồm',
};

export const facts004 = [
  {
    id: 'to-lam-hoi-dam-thongloun-sisoulith-2024-07',
    about: ['to-lam', 'thongloun-sisoulith', 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024'],
    text: 'Trong chuyến thăm cấp Nhà nước đầu tiên tới Lào trên cương vị Chủ tịch nước, ông Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith; Chủ tịch nước Tô Lâm nhấn mạnh Việt Nam và Lào đẩy mạnh các trụ cột hợp tác.',
    sources: [
      {
        ...S004,
        quote:
          'Trong buổi hội đàm với Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch nước Tô Lâm nhấn mạnh Việt Nam và Lào đẩy mạnh các trụ cột hợp tác.',
      },
      {
        ...S004,
        quote: 'Chủ tịch nước Tô Lâm bày tỏ vui mừng lần đầu tiên thăm cấp Nhà nước tới Lào trên cương vị mới.',
      },
    ],
  },
  {
    id: 'thongloun-sisoulith-quan-he-co-mot-khong-hai',
    about: ['thongloun-sisoulith', 'to-lam'],
    text: 'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith khẳng định sẵn sàng cùng Chủ tịch nước Tô Lâm phát huy mối quan hệ "có một không hai" trên thế giới.',
    sources: [
      {
        ...S004,
        quote:
          'Khẳng định sẵn sàng phối hợp với Chủ tịch nước Tô Lâm phát huy mối quan hệ “có một không hai” trên thế giới ngày càng bền vững và hiệu quả',
      },
    ],
  },
  {
    id: 'dai-hoi-xi-dang-nhan-dan-cach-mang-lao-muc-tieu',
    about: [
      'dai-hoi-xi-dang-nhan-dan-cach-mang-lao',
      'dai-hoi-xii-dang-nhan-dan-cach-mang-lao',
      'dang-nhan-dan-cach-mang-lao',
      'to-lam',
    ],
    text: 'Chủ tịch nước Tô Lâm tin tưởng Lào sẽ thực hiện thắng lợi các mục tiêu do Đại hội XI Đảng Nhân dân Cách mạng Lào đề ra và tổ chức thành công Đại hội Đảng lần thứ XII.',
    sources: [
      {
        ...S004,
        quote:
          'tiến tới thực hiện thắng lợi các mục tiêu mà Đại hội lần thứ XI Đảng Nhân dân Cách mạng Lào đã đề ra và tổ chức thành công Đại hội Đảng lần thứ XII.',
      },
    ],
  },
  {
    id: 'viet-nam-doi-tac-thuong-mai-dau-tu-hang-dau-cua-lao',
    about: ['viet-nam', 'lao'],
    text: 'Việt Nam duy trì là một trong những đối tác thương mại và đầu tư hàng đầu của Lào (7/2024).',
    sources: [{ ...S004, quote: 'Việt Nam duy trì là một trong những đối tác thương mại và đầu tư hàng đầu của Lào.' }],
  },
  {
    id: 'bo-lich-su-quan-he-dac-biet-viet-nam-lao-giang-day',
    about: ['bo-lich-su-quan-he-dac-biet-viet-nam-lao', 'to-lam', 'thongloun-sisoulith'],
    text: 'Hai nhà lãnh đạo nhất trí sớm đưa nội dung Bộ Lịch sử quan hệ đặc biệt Việt Nam - Lào vào giảng dạy tại các cơ sở giáo dục của mỗi nước.',
    sources: [
      {
        ...S004,
        quote:
          'sớm đưa các nội dung của Bộ Lịch sử quan hệ đặc biệt Việt Nam-Lào vào giảng dạy tại các cơ sở giáo dục của mỗi nước',
      },
    ],
  },
  {
    id: 'cong-vien-huu-nghi-viet-nam-lao-phoi-hop-xay-dung-2024',
    about: ['cong-vien-huu-nghi-viet-nam-lao', 'vieng-chan', 'to-lam', 'thongloun-sisoulith'],
    text: 'Tháng 7/2024, hai nhà lãnh đạo nhất trí phối hợp xây dựng các công trình, di tích lịch sử về quan hệ Việt Nam - Lào, trong đó có Công viên hữu nghị Lào - Việt Nam tại Thủ đô Vientiane.',
    sources: [
      {
        ...S004,
        quote:
          'phối hợp xây dựng các công trình và di tích lịch sử về quan hệ Việt Nam-Lào, trong đó có Công viên hữu nghị Lào-Việt Nam tại Thủ đô Vientiane.',
      },
    ],
  },
  {
    id: 'bo-cong-an-thoa-thuan-quoc-phong-an-ninh',
    about: ['bo-cong-an', 'bo-cong-an-lao', 'bo-quoc-phong', 'bo-quoc-phong-lao'],
    text: 'Hai nhà lãnh đạo nhất trí triển khai tốt các thỏa thuận giữa Bộ Quốc phòng và Bộ Công an hai nước.',
    sources: [{ ...S004, quote: 'triển khai tốt các thỏa thuận giữa Bộ Quốc phòng và Bộ Công an hai nước' }],
  },
  {
    id: 'ban-ghi-nho-he-thong-quan-ly-dan-cu-lao-trao-doi',
    about: [
      'ban-ghi-nho-he-thong-quan-ly-dan-cu-lao',
      'bo-cong-an',
      'bo-cong-an-lao',
      'he-thong-quan-ly-dan-cu-va-can-cuoc-cong-dan-tai-lao',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    ],
    text: 'Sau hội đàm ngày 11/7/2024, lãnh đạo hai nước chứng kiến trao đổi Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào về xây dựng, triển khai hệ thống quản lý dân cư và căn cước công dân tại Lào.',
    sources: [
      EXCHANGED,
      {
        ...S004,
        quote:
          'Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào về xây dựng, triển khai hệ thống quản lý dân cư và căn cước công dân tại Lào',
      },
    ],
  },
  {
    id: 'hiep-dinh-dan-do-viet-nam-lao-trao-doi',
    about: [
      'hiep-dinh-dan-do-viet-nam-lao',
      'bo-cong-an',
      'vien-kiem-sat-nhan-dan-toi-cao-lao',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    ],
    text: 'Sau hội đàm ngày 11/7/2024, lãnh đạo hai nước chứng kiến trao đổi Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao Lào.',
    sources: [
      EXCHANGED,
      { ...S004, quote: 'Hiệp định dẫn độ giữa Bộ Công an Việt Nam và Viện Kiểm sát nhân dân tối cao của Lào' },
    ],
  },
  {
    id: 'ke-hoach-hop-tac-2024-bo-tu-phap-viet-nam-lao-trao-doi',
    about: [
      'ke-hoach-hop-tac-2024-bo-tu-phap-viet-nam-lao',
      'bo-tu-phap',
      'bo-tu-phap-lao',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    ],
    text: 'Sau hội đàm ngày 11/7/2024, lãnh đạo hai nước chứng kiến trao đổi Kế hoạch hợp tác năm 2024 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào.',
    sources: [
      EXCHANGED,
      { ...S004, quote: 'Kế hoạch hợp tác năm 2024 của giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào' },
    ],
  },
  {
    id: 'thoa-thuan-ket-noi-van-tai-hang-khong-viet-nam-lao-trao-doi',
    about: [
      'thoa-thuan-ket-noi-van-tai-hang-khong-viet-nam-lao',
      'bo-cong-chinh-va-van-tai-lao',
      'vietjet',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    ],
    text: 'Sau hội đàm ngày 11/7/2024, lãnh đạo hai nước chứng kiến trao đổi Thỏa thuận tăng cường kết nối vận tải hàng không Việt Nam - Lào giữa Bộ Công chính và Vận tải Lào và Vietjet.',
    sources: [
      EXCHANGED,
      {
        ...S004,
        quote:
          'Thỏa thuận tăng cường kết nối vận tải hàng không Việt Nam-Lào giữa Bộ Công chính và Vận tải Lào và Vietjet',
      },
    ],
  },
  {
    id: 'he-thong-quan-ly-dan-cu-va-can-cuoc-cong-dan-tai-lao-kich-hoat',
    about: [
      'he-thong-quan-ly-dan-cu-va-can-cuoc-cong-dan-tai-lao',
      'to-lam',
      'thongloun-sisoulith',
      'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
    ],
    text: 'Ngày 11/7/2024, Chủ tịch nước Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith dự lễ bấm nút kích hoạt dự án xây dựng hệ thống quản lý dân cư và căn cước công dân tại Lào.',
    sources: [
      {
        ...S004,
        quote:
          'Hai nhà lãnh đạo cũng dự lễ bấm nút kích hoạt dự án “Triển khai dự án xây dựng hệ thống quản lý dân cư và căn cước công dân tại Cộng hoà dân chủ nhân dân Lào”.',
      },
    ],
  },
  {
    id: 'bao-cong-thuong-bai-2024-07',
    about: ['bao-cong-thuong', 'thong-tan-xa-viet-nam'],
    text: 'Bài về cuộc hội đàm ngày 11/7/2024 được đăng lại theo Báo Công Thương; ảnh của TTXVN.',
    sources: [
      { ...S004, quote: 'Theo Báo Công Thương' },
      { ...S004, quote: 'Chủ tịch nước Tô Lâm và Tổng Bí thư, Chủ tịch nước Lào hội đàm. Ảnh: TTXVN' },
    ],
  },
] satisfies Fact[];
