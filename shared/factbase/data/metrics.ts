/** What the seeds' figures measure. Units are base units: "USD", "%", "dự án". */
import type { Metric } from '../schema.ts';

export const metrics = [
  {
    id: 'thuong-mai-viet-nam-lao',
    name: 'Kim ngạch thương mại Việt Nam - Lào',
    unit: 'USD',
    contextWords: ['kim ngạch', 'thương mại', 'song phương', 'hai nước', 'mục tiêu thương mại'],
    summary: 'Tổng kim ngạch xuất nhập khẩu hàng hóa giữa Việt Nam và Lào.',
  },
  {
    id: 'tang-truong-thuong-mai-viet-nam-lao',
    name: 'Tăng trưởng kim ngạch thương mại Việt Nam - Lào',
    unit: '%',
    contextWords: ['tăng', 'tăng trưởng', 'kim ngạch', 'thương mại', 'so với', 'cùng kỳ'],
    summary: 'Mức tăng kim ngạch thương mại hai nước so với cùng kỳ năm trước.',
  },
  {
    id: 'tang-truong-binh-quan-thuong-mai-viet-nam-lao',
    name: 'Tốc độ tăng trưởng bình quân thương mại Việt Nam - Lào',
    unit: '%',
    contextWords: ['tăng trưởng bình quân', 'bình quân', 'thương mại'],
    summary: 'Tốc độ tăng trưởng bình quân năm của kim ngạch thương mại hai nước trong một giai đoạn.',
  },
  {
    id: 'xuat-khau-viet-nam-sang-lao',
    name: 'Nhập khẩu hàng hóa của Lào từ Việt Nam',
    unit: 'USD',
    contextWords: ['nhập khẩu', 'xuất khẩu', 'hàng hóa từ Việt Nam', 'sang Lào'],
    summary:
      'Giá trị hàng hóa Lào nhập khẩu từ Việt Nam, như bài nêu ("Lào chi … nhập khẩu hàng hóa từ Việt Nam"); chiều hàng đi từ Việt Nam sang Lào, nhưng không phải số liệu xuất khẩu của Việt Nam.',
  },
  {
    id: 'xuat-khau-lao-sang-viet-nam',
    name: 'Xuất khẩu hàng hóa của Lào sang Việt Nam',
    unit: 'USD',
    contextWords: ['xuất khẩu', 'hàng Lào', 'sang Việt Nam', 'nhập khẩu'],
    summary: 'Giá trị hàng hóa Lào xuất khẩu sang Việt Nam.',
  },
  {
    id: 'von-dau-tu-moi-cua-viet-nam-tai-lao',
    name: 'Vốn đầu tư mới được cấp phép của doanh nghiệp Việt Nam tại Lào',
    unit: 'USD',
    contextWords: ['cấp phép', 'đầu tư mới', 'tổng mức đầu tư', 'tổng số vốn'],
    summary: 'Tổng vốn của các dự án mới của doanh nghiệp Việt Nam được Lào cấp phép trong một kỳ.',
  },
  {
    id: 'so-du-an-moi-cua-viet-nam-tai-lao',
    name: 'Số dự án mới của doanh nghiệp Việt Nam được cấp phép tại Lào',
    unit: 'dự án',
    contextWords: ['dự án', 'cấp phép'],
    summary: 'Số dự án mới của doanh nghiệp Việt Nam được Lào cấp phép trong một kỳ.',
  },
  {
    id: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
    name: 'Số dự án đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'dự án',
    contextWords: ['dự án', 'đầu tư vào Lào', 'tính đến nay'],
    summary: 'Tổng số dự án đầu tư của doanh nghiệp Việt Nam tại Lào còn hiệu lực, lũy kế.',
  },
  {
    id: 'von-dang-ky-dau-tu-cua-viet-nam-tai-lao',
    name: 'Vốn đăng ký đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'USD',
    contextWords: ['vốn đăng ký', 'tổng vốn đăng ký', 'đầu tư vào Lào'],
    summary: 'Tổng vốn đăng ký của các dự án đầu tư của doanh nghiệp Việt Nam tại Lào, lũy kế.',
  },
  {
    id: 'von-thuc-hien-dau-tu-cua-viet-nam-tai-lao',
    name: 'Vốn thực hiện đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'USD',
    contextWords: ['vốn thực hiện', 'lũy kế', 'thực hiện'],
    summary: 'Tổng vốn đã thực hiện của các dự án đầu tư của doanh nghiệp Việt Nam tại Lào, lũy kế.',
  },
  {
    id: 'thuong-mai-viet-nam-campuchia',
    name: 'Kim ngạch thương mại Việt Nam - Campuchia',
    unit: 'USD',
    contextWords: ['kim ngạch', 'thương mại', 'song phương', 'Campuchia'],
    summary: 'Tổng kim ngạch xuất nhập khẩu hàng hóa giữa Việt Nam và Campuchia.',
  },
  {
    id: 'von-fdi-thu-hut-vao-viet-nam',
    name: 'Vốn FDI thu hút vào Việt Nam',
    unit: 'USD',
    contextWords: ['FDI', 'vốn đầu tư trực tiếp nước ngoài', 'thu hút', 'hút'],
    summary: 'Tổng vốn đầu tư trực tiếp nước ngoài đăng ký vào Việt Nam trong kỳ.',
  },
  {
    id: 'von-fdi-thuc-hien-tai-viet-nam',
    name: 'Vốn FDI thực hiện tại Việt Nam',
    unit: 'USD',
    contextWords: ['FDI', 'vốn đầu tư trực tiếp nước ngoài', 'thực hiện', 'giải ngân'],
    summary: 'Vốn đầu tư trực tiếp nước ngoài đã giải ngân (thực hiện) tại Việt Nam trong kỳ.',
  },
  {
    id: 'tang-truong-von-fdi-thuc-hien-tai-viet-nam',
    name: 'Tăng trưởng vốn FDI thực hiện tại Việt Nam',
    unit: '%',
    contextWords: ['FDI', 'thực hiện', 'tăng', 'cùng kỳ'],
    summary: 'Mức tăng vốn FDI thực hiện tại Việt Nam so với cùng kỳ năm trước.',
  },
] satisfies Metric[];
