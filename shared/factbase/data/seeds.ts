/**
 * The five seed articles: file, headline, outlet and date. `S000` … `S004` are the seed half of a source, spread
 * into every source so that file name and date are written once: `{ ...S001, quote: '…' }`.
 */
import type { Seed } from '../schema.ts';

export const S000 = { seed: '000_a152b25d463c024e.txt', date: '2023-04-05' } as const;
export const S001 = { seed: '001_5c7b4323a7a94c0f.txt', date: '2024-08-16' } as const;
export const S002 = { seed: '002_f3f953fad2599bae.txt', date: '2025-12-01' } as const;
export const S003 = { seed: '003_32a07b9cad733776.txt', date: '2024-11-06' } as const;
export const S004 = { seed: '004_8af0e2a929b6679e.txt', date: '2024-07-11' } as const;

/**
 * The "Tin liên quan" teaser at the foot of seed 000's page: another story (FDI in the first four months of 2024),
 * dated by itself, never by the 2023 article around it. `FDI_TEASER_000` is the seed half of its sources.
 */
const INSET_FDI_4M_2024 = 'tin-lien-quan-fdi-4-thang-2024';
const FDI_4M_2024_DATE = '2024-04';
export const FDI_TEASER_000 = { seed: S000.seed, date: FDI_4M_2024_DATE, inset: INSET_FDI_4M_2024 } as const;

export const seeds = [
  {
    file: S000.seed,
    title: 'Việt Nam sẵn sàng hỗ trợ Lào đảm nhận thành công các trọng trách quốc tế',
    date: S000.date,
    dateBasis: 'stated',
    dateNote: 'Bài ghi "21:23 - 05/04/2023"; cuộc làm việc diễn ra "Chiều 5/4".',
    note: 'Ảnh của VGP; mục trang "Hợp Tác Lào". Khối "Tin liên quan" cuối trang (vốn FDI 4 tháng đầu năm 2024) là tin khác đăng kèm, không thuộc bài.',
    insets: [
      {
        id: INSET_FDI_4M_2024,
        title: 'Việt Nam hút 9,27 tỷ USD vốn FDI 4 tháng đầu năm',
        startsAt: 'Tin liên quan',
        date: FDI_4M_2024_DATE,
        dateBasis: 'inferred',
        dateNote:
          'Tin không ghi ngày, tiêu đề không ghi năm. Đoạn tóm tắt nêu số liệu "4 tháng đầu năm 2024", nên tin đăng khoảng cuối tháng 4 - đầu tháng 5/2024 (số liệu FDI 4 tháng đầu năm 2024 được công bố cuối tháng 4/2024 theo hồ sơ công khai); ghi theo tháng 4/2024.',
      },
    ],
  },
  {
    file: S001.seed,
    title: 'Đẩy mạnh hợp tác Việt Nam-Lào trong các lĩnh vực ưu tiên',
    outlet: 'Báo Nhân Dân (NDO)',
    date: S001.date,
    dateBasis: 'inferred',
    dateNote:
      'Bài không ghi năm. Hội nghị "Chiều 16/8" là hội nghị giữa kỳ đánh giá Thỏa thuận về Kế hoạch hợp tác Việt Nam-Lào năm 2024 và nêu số liệu "6 tháng đầu năm 2024", nên là ngày 16/8/2024.',
  },
  {
    file: S002.seed,
    title: 'Việt - Lào hướng tới mục tiêu thương mại 10 tỷ USD',
    outlet: 'Báo Tiền Phong (TPO)',
    date: S002.date,
    dateBasis: 'stated',
    dateNote:
      'Bài ghi "date 2025-12-01"; cuộc hội kiến diễn ra "Chiều 1/12", đúng dịp 50 năm Quốc khánh Lào (2/12/1975 - 2/12/2025).',
  },
  {
    file: S003.seed,
    title: 'Thủ tướng Phạm Minh Chính gặp lãnh đạo Lào, Campuchia và Quảng Tây bên lề Hội nghị GMS 8',
    date: S003.date,
    dateBasis: 'inferred',
    dateNote:
      'Bài không ghi ngày. Các cuộc gặp diễn ra "chiều 6-11" nhân dịp Hội nghị Cấp cao hợp tác Tiểu vùng Mekong mở rộng lần thứ 8 (GMS 8), họp tại Côn Minh (Trung Quốc) ngày 6-7/11/2024; ông Hun Manet là Thủ tướng Campuchia từ tháng 8/2023. Vậy ngày là 6/11/2024.',
    note: 'Bài không có tiêu đề; tiêu đề trên do biên tập đặt theo nội dung. Không rõ cơ quan báo.',
  },
  {
    file: S004.seed,
    title: 'Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith',
    outlet: 'Báo Công Thương (bài dẫn lại)',
    date: S004.date,
    dateBasis: 'inferred',
    dateNote:
      'Bài không ghi ngày. Chủ tịch nước Tô Lâm "lần đầu tiên thăm cấp Nhà nước tới Lào trên cương vị mới"; ông được bầu làm Chủ tịch nước ngày 22/5/2024 và hội đàm với ông Thongloun Sisoulith tại Viêng Chăn ngày 11/7/2024 trong chuyến thăm 11-12/7/2024. Văn kiện "Kế hoạch hợp tác năm 2024" được trao đổi cũng khớp với năm 2024.',
    note: 'Bài không có tiêu đề; tiêu đề trên do biên tập đặt. Bài ghi "Theo Báo Công Thương"; ảnh TTXVN.',
  },
] satisfies Seed[];
