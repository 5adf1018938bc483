/**
 * What the seeds' figures measure, and how the news writes each (its frame: quantity phrases, scope, direction,
 * roles; see `MetricFrame`). Units are base units: "USD", "%", "dự án".
 */
import type { Metric } from '../schema.ts';

/** Bilateral trade as Vietnamese news names it. */
const TRADE = [
  'kim ngạch thương mại',
  'kim ngạch thương mại hai chiều',
  'kim ngạch trao đổi thương mại',
  'kim ngạch xuất nhập khẩu',
  'kim ngạch xuất, nhập khẩu',
  'kim ngạch hai chiều',
  'kim ngạch song phương',
  'tổng kim ngạch',
  'kim ngạch',
  // Also a target's cue (frame-words.ts), which would hide the quantity: "phấn đấu nâng kim ngạch hai nước lên …".
  'nâng kim ngạch',
  'tăng trưởng thương mại',
  'trao đổi thương mại',
  'trao đổi hàng hóa',
  'thương mại song phương',
  'thương mại hai chiều',
  'thương mại',
  'xuất nhập khẩu',
  'xuất, nhập khẩu',
  'giao thương',
];

/** Goods moving one way: read with their direction ("xuất khẩu sang Lào", "nhập khẩu từ Việt Nam"). */
const GOODS_FLOW = [
  'xuất khẩu',
  'kim ngạch xuất khẩu',
  'giá trị xuất khẩu',
  'xuất khẩu hàng hóa',
  'nhập khẩu',
  'kim ngạch nhập khẩu',
  'giá trị nhập khẩu',
  'nhập khẩu hàng hóa',
];

/** Investment capital of a period or a running total (the period tells which). */
const INVESTMENT = [
  'đầu tư',
  'vốn đầu tư',
  'vốn đăng ký',
  'vốn đăng ký đầu tư',
  'vốn đầu tư đăng ký',
  'tổng vốn đăng ký',
  'tổng vốn đầu tư',
  'tổng vốn đầu tư đăng ký',
  'số vốn',
  'số vốn đăng ký',
  'vốn đầu tư mới',
  'vốn cấp mới và tăng thêm',
];

/** What says investment is new (licensed, or capital added) in a period. */
const NEW_INVESTMENT = [
  'cấp phép',
  'cấp mới',
  'đầu tư mới',
  'cấp giấy chứng nhận',
  'tăng vốn',
  'dự án mới',
  'điều chỉnh vốn',
];

/** Words that make a count of projects a count of investment projects. */
const PROJECT_INVESTMENT = [
  ...INVESTMENT,
  'vốn',
  'tổng vốn',
  'vốn thực hiện',
  'doanh nghiệp',
  'nhà đầu tư',
  'cấp phép',
  'hiệu lực',
  'giấy chứng nhận đầu tư',
];

/** Foreign direct investment, however written. */
const FDI = [
  'FDI',
  'vốn FDI',
  'tổng vốn FDI',
  'vốn đầu tư trực tiếp nước ngoài',
  'tổng vốn đầu tư trực tiếp nước ngoài',
  'đầu tư trực tiếp nước ngoài',
  'vốn đầu tư nước ngoài',
  'tổng vốn đầu tư nước ngoài',
  'đầu tư nước ngoài',
];

/** Words that say the capital is foreign direct investment ("vốn thực hiện của dự án đầu tư nước ngoài"). */
const FDI_CUES = [...FDI, 'dự án đầu tư nước ngoài', 'dự án FDI', 'doanh nghiệp FDI', 'khu vực FDI'];

export const metrics = [
  {
    id: 'thuong-mai-viet-nam-lao',
    name: 'Kim ngạch thương mại Việt Nam - Lào',
    unit: 'USD',
    frame: { quantity: TRADE, scope: ['viet-nam', 'lao'], roles: ['result', 'target'] },
    summary: 'Tổng kim ngạch xuất nhập khẩu hàng hóa giữa Việt Nam và Lào.',
  },
  {
    id: 'tang-truong-thuong-mai-viet-nam-lao',
    name: 'Tăng trưởng kim ngạch thương mại Việt Nam - Lào',
    unit: '%',
    frame: {
      quantity: TRADE,
      scope: ['viet-nam', 'lao'],
      roles: ['growth', 'target'],
    },
    summary: 'Mức tăng kim ngạch thương mại hai nước so với cùng kỳ năm trước.',
  },
  {
    id: 'tang-truong-binh-quan-thuong-mai-viet-nam-lao',
    name: 'Tốc độ tăng trưởng bình quân thương mại Việt Nam - Lào',
    unit: '%',
    frame: {
      quantity: TRADE,
      scope: ['viet-nam', 'lao'],
      roles: ['growth', 'target'],
      average: true,
    },
    summary: 'Tốc độ tăng trưởng bình quân năm của kim ngạch thương mại hai nước trong một giai đoạn.',
  },
  {
    id: 'xuat-khau-viet-nam-sang-lao',
    name: 'Hàng hóa từ Việt Nam sang Lào (Việt Nam xuất khẩu, Lào nhập khẩu)',
    unit: 'USD',
    frame: {
      quantity: GOODS_FLOW,
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      roles: ['result', 'target'],
    },
    summary:
      'Giá trị hàng hóa đi từ Việt Nam sang Lào, theo số liệu xuất khẩu của Việt Nam hay nhập khẩu của Lào; hai nguồn có thể lệch nhau (số của seed là Lào nhập khẩu: "Lào chi … nhập khẩu hàng hóa từ Việt Nam").',
  },
  {
    id: 'xuat-khau-lao-sang-viet-nam',
    name: 'Xuất khẩu hàng hóa của Lào sang Việt Nam',
    unit: 'USD',
    frame: {
      quantity: GOODS_FLOW,
      scope: ['viet-nam', 'lao'],
      direction: { from: 'lao', to: 'viet-nam' },
      roles: ['result', 'target'],
    },
    summary: 'Giá trị hàng hóa Lào xuất khẩu sang Việt Nam.',
  },
  {
    id: 'von-dau-tu-moi-cua-viet-nam-tai-lao',
    name: 'Vốn đầu tư mới (cấp mới và tăng thêm) của doanh nghiệp Việt Nam tại Lào trong kỳ',
    unit: 'USD',
    frame: {
      quantity: INVESTMENT,
      cued: [{ quantity: ['tổng mức đầu tư', 'tổng số vốn', 'tổng vốn', 'tổng giá trị'], cues: NEW_INVESTMENT }],
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      roles: ['result'],
    },
    summary:
      'Vốn đầu tư của doanh nghiệp Việt Nam vào Lào trong một kỳ (dự án cấp mới và tăng vốn), theo số liệu Việt Nam hoặc Lào.',
  },
  {
    id: 'so-du-an-moi-cua-viet-nam-tai-lao',
    name: 'Số dự án mới của doanh nghiệp Việt Nam được cấp phép tại Lào',
    unit: 'dự án',
    frame: {
      quantity: ['dự án mới', 'dự án đầu tư mới'],
      cued: [{ quantity: ['dự án', 'dự án đầu tư'], cues: NEW_INVESTMENT }],
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      roles: ['result'],
    },
    summary: 'Số dự án mới của doanh nghiệp Việt Nam được Lào cấp phép trong một kỳ.',
  },
  {
    id: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
    name: 'Số dự án đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'dự án',
    frame: {
      quantity: ['dự án đầu tư'],
      // A bare count of projects is investment only beside words of investment: "8 dự án hai bên đã ký bản ghi
      // nhớ về giá mua bán điện" counts power projects.
      cued: [{ quantity: ['dự án'], cues: PROJECT_INVESTMENT }],
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      cumulative: true,
      roles: ['result'],
    },
    summary: 'Tổng số dự án đầu tư của doanh nghiệp Việt Nam tại Lào còn hiệu lực, lũy kế.',
  },
  {
    id: 'von-dang-ky-dau-tu-cua-viet-nam-tai-lao',
    name: 'Vốn đăng ký đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'USD',
    frame: {
      quantity: [...INVESTMENT, 'tổng số vốn', 'tổng vốn', 'số vốn đăng ký lũy kế'],
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      cumulative: true,
      roles: ['result'],
    },
    summary: 'Tổng vốn đăng ký của các dự án đầu tư của doanh nghiệp Việt Nam tại Lào, lũy kế.',
  },
  {
    id: 'von-thuc-hien-dau-tu-cua-viet-nam-tai-lao',
    name: 'Vốn thực hiện đầu tư của doanh nghiệp Việt Nam tại Lào (lũy kế)',
    unit: 'USD',
    frame: {
      quantity: [
        'vốn thực hiện',
        'vốn đầu tư thực hiện',
        'vốn giải ngân',
        'vốn đã giải ngân',
        'vốn đã thực hiện',
        'giải ngân',
      ],
      scope: ['viet-nam', 'lao'],
      direction: { from: 'viet-nam', to: 'lao' },
      cumulative: true,
      roles: ['result'],
    },
    summary: 'Tổng vốn đã thực hiện của các dự án đầu tư của doanh nghiệp Việt Nam tại Lào, lũy kế.',
  },
  {
    id: 'thuong-mai-viet-nam-campuchia',
    name: 'Kim ngạch thương mại Việt Nam - Campuchia',
    unit: 'USD',
    frame: { quantity: TRADE, scope: ['viet-nam', 'campuchia'], roles: ['result', 'target'] },
    summary: 'Tổng kim ngạch xuất nhập khẩu hàng hóa giữa Việt Nam và Campuchia.',
  },
  {
    id: 'von-fdi-thu-hut-vao-viet-nam',
    name: 'Vốn FDI thu hút vào Việt Nam',
    unit: 'USD',
    frame: {
      quantity: [],
      cued: [
        { quantity: FDI, cues: ['thu hút', 'hút', 'đăng ký', 'cấp mới', 'tổng vốn đăng ký'] },
        { quantity: ['vốn đăng ký', 'tổng vốn đăng ký', 'vốn đăng ký mới'], cues: FDI_CUES },
      ],
      scope: ['viet-nam'],
      roles: ['result', 'target'],
    },
    summary: 'Tổng vốn đầu tư trực tiếp nước ngoài đăng ký vào Việt Nam trong kỳ.',
  },
  {
    id: 'von-fdi-thuc-hien-tai-viet-nam',
    name: 'Vốn FDI thực hiện tại Việt Nam',
    unit: 'USD',
    frame: {
      quantity: [],
      cued: [
        { quantity: FDI, cues: ['thực hiện', 'giải ngân'] },
        { quantity: ['vốn thực hiện', 'vốn giải ngân', 'vốn đã giải ngân'], cues: FDI_CUES },
      ],
      scope: ['viet-nam'],
      roles: ['result', 'target'],
    },
    summary: 'Vốn đầu tư trực tiếp nước ngoài đã giải ngân (thực hiện) tại Việt Nam trong kỳ.',
  },
  {
    id: 'tang-truong-von-fdi-thuc-hien-tai-viet-nam',
    name: 'Tăng trưởng vốn FDI thực hiện tại Việt Nam',
    unit: '%',
    frame: {
      quantity: [],
      cued: [
        { quantity: FDI, cues: ['thực hiện', 'giải ngân'] },
        { quantity: ['vốn thực hiện', 'vốn giải ngân', 'vốn đã giải ngân'], cues: FDI_CUES },
      ],
      scope: ['viet-nam'],
      roles: ['growth'],
    },
    summary: 'Mức tăng vốn FDI thực hiện tại Việt Nam so với cùng kỳ năm trước.',
  },
] satisfies Metric[];
