/** Projects: ports, railways, expressways, airports, parks, hospitals, information systems, grid links, pilots. */
import type { Entity } from '../schema.ts';
import { S000, S001, S002, S003, S004 } from './seeds.ts';

export const projects = [
  {
    id: 'cang-vung-ang',
    kind: 'project',
    name: 'Bến cảng Vũng Áng 1, 2 và 3',
    aliases: [
      'bến cảng Vũng Áng 1, 2, 3',
      'cảng Vũng Áng 1, 2 và 3',
      'cảng Vũng Áng 1, 2, 3',
      'Bến cảng Vũng Áng Việt - Lào',
      'cảng Vũng Áng',
      'Vung Ang port',
    ],
    summary:
      'Các bến cảng số 1, 2, 3 tại cảng Vũng Áng (Hà Tĩnh), theo thỏa thuận hợp tác đầu tư phát triển giữa Việt Nam và Lào.',
    relations: [{ type: 'located-in', target: 'vung-ang', source: { ...S000, quote: 'bến cảng Vũng Áng 1, 2, 3' } }],
  },
  {
    id: 'san-bay-nong-khang',
    kind: 'project',
    name: 'Sân bay Nong Khang',
    aliases: [
      'sân bay Nỏng Khạng',
      'sân bay Nongkhang',
      'Nong Khang',
      'Nỏng Khạng',
      'Nongkhang Airport',
      'Noong-khang',
      'sân bay Noong-khang',
      'Noong Khang',
    ],
    summary: 'Sân bay ở tỉnh Hủa Phăn (Lào); tháng 4/2023 hai Thủ tướng nêu là một dự án trọng điểm cần thúc đẩy.',
    relations: [
      {
        type: 'located-in',
        target: 'hua-phan',
        note: 'Bài không nêu vị trí; sân bay phục vụ tỉnh Hủa Phăn theo nguồn công khai.',
      },
    ],
  },
  {
    id: 'duong-cao-toc-ha-noi-vieng-chan',
    kind: 'project',
    name: 'Đường cao tốc Hà Nội - Viêng Chăn',
    aliases: [
      'cao tốc Hà Nội - Viêng Chăn',
      'cao tốc Hà Nội - Viên Chăn',
      'cao tốc Viêng Chăn - Hà Nội',
      'đường cao tốc nối Viêng Chăn - Hà Nội',
      'tuyến đường bộ cao tốc Hà Nội - Viêng Chăn',
      'đường bộ cao tốc Hà Nội - Viêng Chăn',
      'cao tốc Hà Nội - Vientiane',
      'Vientiane - Hanoi Expressway',
      'Hanoi - Vientiane Expressway',
      'cao tốc Vientiane - Hà Nội',
      'đường cao tốc Hà Nội - Vientiane',
      'đường cao tốc Vientiane - Hà Nội',
      'đường cao tốc Viêng Chăn - Hà Nội',
      'tuyến cao tốc Hà Nội - Viêng Chăn',
    ],
    summary: 'Dự án đường bộ cao tốc nối Thủ đô Hà Nội với Thủ đô Viêng Chăn của Lào.',
    relations: [
      { type: 'connects', target: 'ha-noi', source: { ...S001, quote: 'tuyến đường bộ cao tốc Hà Nội-Viêng Chăn' } },
      {
        type: 'connects',
        target: 'vieng-chan',
        source: { ...S001, quote: 'tuyến đường bộ cao tốc Hà Nội-Viêng Chăn' },
      },
    ],
  },
  {
    id: 'duong-sat-vieng-chan-vung-ang',
    kind: 'project',
    name: 'Đường sắt Viêng Chăn - Tha Khek - Tân Ấp - Vũng Áng',
    aliases: [
      'tuyến đường sắt Viên Chăn - Tha Khek - Tân Ấp - Vũng Áng',
      'đường sắt Viên Chăn - Tha Khek - Tân Ấp - Vũng Áng',
      'đường sắt Viêng Chăn - Vũng Áng',
      'đường sắt Vũng Áng - Viêng Chăn',
      'đường sắt Viên Chăn - Vũng Áng',
      'đường sắt Vientiane - Vũng Áng',
      'Vientiane - Vung Ang railway',
      'đường sắt Vũng Áng - Vientiane',
      'tuyến đường sắt Vũng Áng - Viêng Chăn',
      'đường sắt Viêng Chăn (Lào) - Vũng Áng (Việt Nam)',
      'Vung Ang - Vientiane railway',
    ],
    summary:
      'Dự án tuyến đường sắt nối Viêng Chăn qua Tha Khek (Lào) và Tân Ấp tới Vũng Áng (Hà Tĩnh), "để kết nối Lào ra biển".',
    relations: [
      {
        type: 'related-to',
        target: 'cang-vung-ang',
        note: 'Tuyến đường sắt tới Vũng Áng "để kết nối Lào ra biển"; bài nhắc cảng Vũng Áng 1, 2 và 3 cùng đoạn.',
        source: { ...S001, quote: 'tuyến đường sắt Vũng Áng-Viêng Chăn để kết nối Lào ra biển' },
      },
      {
        type: 'connects',
        target: 'vieng-chan',
        source: { ...S001, quote: 'tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng' },
      },
      {
        type: 'connects',
        target: 'tha-khek',
        source: { ...S001, quote: 'tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng' },
      },
      {
        type: 'connects',
        target: 'tan-ap',
        source: { ...S001, quote: 'tuyến đường sắt Viên Chăn-Tha Khek-Tân Ấp-Vũng Áng' },
      },
      {
        type: 'connects',
        target: 'vung-ang',
        source: { ...S001, quote: 'tuyến đường sắt Vũng Áng-Viêng Chăn để kết nối Lào ra biển' },
      },
    ],
  },
  {
    id: 'ket-noi-luoi-dien-viet-nam-lao',
    kind: 'project',
    name: 'Quy hoạch kết nối lưới điện Việt Nam - Lào',
    aliases: [
      'kết nối lưới điện Việt Nam - Lào',
      'kết nối lưới điện Việt - Lào',
      'kết nối lưới điện Lào - Việt Nam',
      'quy hoạch kết nối lưới điện giữa hai nước',
    ],
    summary: 'Đề xuất xây dựng quy hoạch kết nối lưới điện giữa Việt Nam và Lào để thúc đẩy hợp tác năng lượng.',
    relations: [
      { type: 'connects', target: 'viet-nam', source: { ...S001, quote: 'quy hoạch kết nối lưới điện giữa hai nước' } },
      { type: 'connects', target: 'lao', source: { ...S001, quote: 'quy hoạch kết nối lưới điện giữa hai nước' } },
    ],
  },
  {
    id: 'ket-noi-luoi-dien-campuchia-lao-viet-nam',
    kind: 'project',
    name: 'Kết nối lưới điện 3 nước Campuchia - Lào - Việt Nam',
    aliases: [
      'kết nối lưới điện ba nước Campuchia - Lào - Việt Nam',
      'lưới điện 3 nước Campuchia - Lào - Việt Nam',
      'kết nối lưới điện Campuchia - Lào - Việt Nam',
    ],
    summary: 'Đề xuất kết nối lưới điện giữa ba nước Campuchia, Lào và Việt Nam.',
    relations: [
      {
        type: 'connects',
        target: 'campuchia',
        source: { ...S001, quote: 'kết nối lưới điện 3 nước Campuchia-Lào-Việt Nam' },
      },
      {
        type: 'connects',
        target: 'lao',
        source: { ...S001, quote: 'kết nối lưới điện 3 nước Campuchia-Lào-Việt Nam' },
      },
      {
        type: 'connects',
        target: 'viet-nam',
        source: { ...S001, quote: 'kết nối lưới điện 3 nước Campuchia-Lào-Việt Nam' },
      },
    ],
  },
  {
    id: 'cong-vien-huu-nghi-viet-nam-lao',
    kind: 'project',
    name: 'Công viên hữu nghị Việt Nam - Lào',
    aliases: [
      'Công viên hữu nghị Việt - Lào',
      'Công viên hữu nghị Lào - Việt Nam',
      'Công viên Hữu nghị Việt Nam - Lào',
      'Công viên Hữu nghị Lào - Việt Nam',
      'Vietnam - Laos Friendship Park',
      'Laos - Vietnam Friendship Park',
    ],
    summary: 'Công viên tại Thủ đô Viêng Chăn ghi dấu quan hệ đặc biệt Việt Nam - Lào; đưa vào sử dụng tháng 12/2025.',
    relations: [
      {
        type: 'located-in',
        target: 'vieng-chan',
        source: { ...S002, quote: 'Công viên hữu nghị Việt - Lào tại Thủ đô Vientiane' },
      },
      {
        type: 'inaugurated-at',
        target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025',
        note: 'Đưa vào sử dụng',
        source: { ...S002, quote: 'nhân dịp chuyến thăm này như đưa vào sử dụng Công viên hữu nghị Việt - Lào' },
      },
    ],
  },
  {
    id: 'benh-vien-huu-nghi-hua-phan',
    kind: 'project',
    name: 'Bệnh viện hữu nghị tỉnh Hủa Phăn',
    aliases: [
      'Bệnh viện hữu nghị tại tỉnh Hủa Phăn',
      'Bệnh viện hữu nghị Hủa Phăn',
      'Bệnh viện Hữu nghị Hủa Phăn',
      'Bệnh viện hữu nghị Hủa-phăn',
      'Bệnh viện Hữu nghị Việt Nam - Lào Hủa Phăn',
      'Bệnh viện Hữu nghị Lào - Việt Nam Hủa Phăn',
      'Bệnh viện Hữu nghị Việt Nam - Lào tỉnh Hủa Phăn',
      'Bệnh viện Hữu nghị Lào - Việt Nam tỉnh Hủa Phăn',
      'Bệnh viện Hữu nghị Việt Nam - Lào tại tỉnh Hủa Phăn',
      'Bệnh viện Hữu nghị Lào - Việt Nam tại tỉnh Hủa Phăn',
    ],
    summary: 'Bệnh viện hữu nghị tại tỉnh Hủa Phăn (Lào), khánh thành tháng 12/2025.',
    relations: [
      {
        type: 'located-in',
        target: 'hua-phan',
        source: { ...S002, quote: 'Bệnh viện hữu nghị tại tỉnh Hủa Phăn' },
      },
      {
        type: 'inaugurated-at',
        target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025',
        note: 'Khánh thành',
        source: { ...S002, quote: 'khánh thành Bệnh viện hữu nghị tại tỉnh Hủa Phăn' },
      },
    ],
  },
  {
    id: 'he-thong-quan-ly-dan-cu-va-can-cuoc-cong-dan-tai-lao',
    kind: 'project',
    name: 'Hệ thống quản lý dân cư và căn cước công dân tại Lào',
    aliases: [
      'hệ thống quản lý dân cư và căn cước công dân tại Cộng hoà dân chủ nhân dân Lào',
      'hệ thống quản lý dân cư và căn cước công dân tại Cộng hòa Dân chủ Nhân dân Lào',
      'dự án xây dựng hệ thống quản lý dân cư và căn cước công dân tại Lào',
      'hệ thống quản lý dân cư và căn cước công dân của Lào',
    ],
    summary:
      'Dự án xây dựng hệ thống quản lý dân cư và căn cước công dân tại Lào, theo bản ghi nhớ giữa Bộ Công an hai nước; lễ bấm nút kích hoạt dự án ngày 11/7/2024.',
    relations: [
      {
        type: 'located-in',
        target: 'lao',
        source: { ...S004, quote: 'hệ thống quản lý dân cư và căn cước công dân tại Lào' },
      },
      {
        type: 'launched-at',
        target: 'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2024',
        note: 'Lễ bấm nút kích hoạt dự án sau hội đàm cấp cao',
        source: { ...S004, quote: 'Hai nhà lãnh đạo cũng dự lễ bấm nút kích hoạt dự án' },
      },
    ],
  },
  {
    id: 'bo-lich-su-quan-he-dac-biet-viet-nam-lao',
    kind: 'project',
    name: 'Bộ Lịch sử quan hệ đặc biệt Việt Nam - Lào',
    aliases: ['Bộ Lịch sử quan hệ đặc biệt Việt Nam - Lào, Lào - Việt Nam', 'Bộ Lịch sử quan hệ đặc biệt Việt - Lào'],
    summary:
      'Bộ sách lịch sử quan hệ đặc biệt hai nước, được đề nghị đưa vào giảng dạy tại các cơ sở giáo dục của Việt Nam và Lào.',
  },
  {
    id: 'duong-sat-dong-dang-ha-noi',
    kind: 'project',
    name: 'Đường sắt khổ tiêu chuẩn Đồng Đăng - Hà Nội',
    aliases: [
      'đường sắt Đồng Đăng - Hà Nội',
      'tuyến đường sắt Đồng Đăng - Hà Nội',
      'Đồng Đăng - Hà Nội',
      'đường sắt Lạng Sơn - Hà Nội',
    ],
    summary: 'Tuyến đường sắt khổ tiêu chuẩn kết nối Quảng Tây (Trung Quốc) qua cửa khẩu Đồng Đăng về Hà Nội.',
    relations: [
      {
        type: 'connects',
        target: 'quang-tay',
        source: { ...S003, quote: 'các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội' },
      },
      {
        type: 'connects',
        target: 'dong-dang',
        source: { ...S003, quote: 'các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội' },
      },
      {
        type: 'connects',
        target: 'ha-noi',
        source: { ...S003, quote: 'các tuyến đường sắt từ Quảng Tây kết nối với Đồng Đăng - Hà Nội' },
      },
    ],
  },
  {
    id: 'duong-sat-mong-cai-hai-phong',
    kind: 'project',
    name: 'Đường sắt khổ tiêu chuẩn Móng Cái - Hải Phòng',
    aliases: [
      'đường sắt Móng Cái - Hải Phòng',
      'tuyến đường sắt Móng Cái - Hải Phòng',
      'Móng Cái - Hải Phòng',
      'đường sắt Hải Phòng - Hạ Long - Móng Cái',
    ],
    summary: 'Tuyến đường sắt kết nối Quảng Tây (Trung Quốc) qua Móng Cái tới Hải Phòng.',
    relations: [
      { type: 'connects', target: 'quang-tay', source: { ...S003, quote: 'các tuyến đường sắt từ Quảng Tây kết nối' } },
      { type: 'connects', target: 'mong-cai', source: { ...S003, quote: 'Móng Cái - Hải Phòng' } },
      { type: 'connects', target: 'hai-phong', source: { ...S003, quote: 'Móng Cái - Hải Phòng' } },
    ],
  },
  {
    id: 'cua-khau-thong-minh',
    kind: 'project',
    name: 'Mô hình thí điểm cửa khẩu thông minh Việt Nam - Quảng Tây',
    aliases: [
      'cửa khẩu thông minh',
      'mô hình thí điểm cửa khẩu thông minh',
      'mô hình cửa khẩu thông minh',
      'smart border gate',
    ],
    summary:
      'Thí điểm cửa khẩu thông minh trên biên giới Việt Nam - Quảng Tây (Trung Quốc) nhằm nâng hiệu suất thông quan.',
    relations: [
      {
        type: 'related-to',
        target: 'quang-tay',
        source: { ...S003, quote: 'Nhanh chóng triển khai thí điểm cửa khẩu thông minh' },
      },
    ],
  },
  {
    id: 'khu-hop-tac-kinh-te-qua-bien-gioi-viet-nam-quang-tay',
    kind: 'project',
    name: 'Mô hình thí điểm khu hợp tác kinh tế qua biên giới Việt Nam - Quảng Tây',
    aliases: ['mô hình thí điểm khu hợp tác kinh tế qua biên giới'],
    summary:
      'Đề xuất nghiên cứu mô hình thí điểm khu hợp tác kinh tế qua biên giới giữa Việt Nam và Quảng Tây (Trung Quốc).',
    relations: [
      {
        type: 'related-to',
        target: 'quang-tay',
        source: { ...S003, quote: 'mô hình thí điểm khu hợp tác kinh tế qua biên giới' },
      },
    ],
  },
  {
    id: 'khu-canh-quan-thac-ban-gioc-duc-thien',
    kind: 'project',
    name: 'Khu cảnh quan thác Bản Giốc - Đức Thiên',
    aliases: [
      'khu cảnh quan thác Bản Giốc Đức Thiên',
      'thác Bản Giốc - Đức Thiên',
      'thác Bản Giốc Đức Thiên',
      'khu cảnh quan thác Bản Giốc',
      'Bản Giốc - Đức Thiên',
      'Ban Gioc - Detian',
    ],
    summary:
      'Khu cảnh quan thác Bản Giốc (Cao Bằng, Việt Nam) - Đức Thiên (Quảng Tây, Trung Quốc) ở biên giới; Việt Nam và Quảng Tây cần vận hành an toàn, hiệu quả.',
    relations: [
      {
        type: 'located-in',
        target: 'quang-tay',
        note: 'Phần Đức Thiên ở Quảng Tây (Trung Quốc); bài nêu trong hợp tác với Quảng Tây.',
        source: { ...S003, quote: 'vận hành an toàn, hiệu quả khu cảnh quan thác Bản Giốc Đức Thiên' },
      },
      {
        type: 'located-in',
        target: 'viet-nam',
        note: 'Hồ sơ công khai, ngoài các bài nguồn: thác Bản Giốc ở tỉnh Cao Bằng (Việt Nam).',
      },
    ],
  },
] satisfies Entity[];
