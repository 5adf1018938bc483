/**
 * How the news writes the curated base's names: name parts with their spellings, Latin letter variants of Lao and
 * Khmer names, and each entity's name model (forms, people across scripts, weak spellings, blocking phrases,
 * national bodies). `shared/factbase/names.ts` expands it at build time; `npm run -s factbase:report` counts the
 * generated spellings and checks them for collisions. Every entry says why.
 */
import type { NameModel, NameRules } from '../schema.ts';

export const nameRules: NameRules = {
  parts: [
    {
      id: 'vn-la',
      variants: [
        'Việt Nam - Lào',
        'Lào - Việt Nam',
        'Việt - Lào',
        'Lào - Việt',
        'Việt Nam - Lào, Lào - Việt Nam',
        'Lào - Việt Nam, Việt Nam - Lào',
        'VN - Lào',
        'Lào - VN',
        'VN - Lào, Lào - VN',
        'Lào - VN, VN - Lào',
      ],
      reason: 'The country pair in either order, short or long; the matcher already reads every dash and spacing.',
    },
    {
      id: 'mekong',
      variants: ['Mekong', 'Mekông', 'Mê Công', 'Mê Kông', 'Mê-kông', 'Mê-công'],
      reason: 'The river in English and in the Vietnamese spellings the press uses.',
    },
    {
      id: 'giua-vn-la',
      variants: ['giữa Việt Nam và Lào', 'giữa Lào và Việt Nam'],
      reason: 'The two parties named in either order.',
    },
    {
      id: 'chinh-phu-viet-nam-day-du',
      variants: [
        'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
        'Chính phủ nước CHXHCN Việt Nam',
        'Chính phủ Việt Nam',
      ],
      reason: 'The long official form of a party to an intergovernmental document.',
    },
    {
      id: 'chinh-phu-lao-day-du',
      variants: ['Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào', 'Chính phủ nước CHDCND Lào', 'Chính phủ Lào'],
      reason: 'The long official form of a party to an intergovernmental document.',
    },
  ],
  letterVariants: [
    { from: 'x', to: 's', reason: 'Lao ສ is written x or s in Latin (Xaysomphone / Saysomphone).' },
    { from: 's', to: 'x', reason: 'Lao ສ is written x or s in Latin (Sisoulith / Xisoulith).' },
    { from: 'ou', to: 'u', reason: 'The vowel u is written ou or u (Thongloun / Thonglun).' },
    { from: 'ou', to: 'oo', reason: 'The vowel u is written ou or oo (Thongloun / Thongloon).' },
    { from: 'ao', to: 'au', reason: 'The diphthong ao is also written au (Khamphao / Khamphau).' },
    { from: 'ph', to: 'p', reason: 'Aspirated p is written ph or p (Phomphiphak / Pomphiphak).' },
    { from: 'ne(?=[^aeiou]|$)', to: 'n', reason: 'A final n is written -ne or -n (Siphandone / Siphandon).' },
    { from: 'n$', to: 'ne', reason: 'A final n is written -n or -ne (Manet is not touched; Siphandon / Siphandone).' },
    { from: 'gn', to: 'ny', reason: 'The palatal nasal is written gn, ny or nh (Phongsaly / Vangvieng names).' },
    { from: 'gn', to: 'nh', reason: 'The palatal nasal is written gn, ny or nh.' },
  ],
  kindBlocks: [
    {
      kind: 'place',
      after: ['FC', 'F.C.', 'SC', 'Club'],
      before: ['CLB', 'Câu lạc bộ', 'NSND', 'NSƯT', 'NS', 'NSƯT.', 'NSND.', 'Tuyên bố', 'tuyên bố'],
      reason:
        'A club, an artist whose stage name is a place (NSND Thanh Hoa) or a declaration named after a city (Tuyên bố Vientiane) is not the place.',
    },
    {
      kind: 'project',
      before: ['Công ty', 'Công ty CP', 'Công ty cổ phần', 'Công ty TNHH', 'Tổng công ty', 'Ban quản lý dự án'],
      reason: 'A company named after a project (Công ty CP Cảng Vũng Áng Việt - Lào) is not the project.',
    },
  ],
  qualifyingCountries: ['viet-nam', 'lao', 'campuchia', 'trung-quoc'],
  qualifyingShortNames: [
    {
      country: 'viet-nam',
      names: ['VN'],
      reason: 'Headlines and lists of signed documents write "Bộ Công an VN", "Bộ Tư pháp VN".',
    },
  ],
};

const HCM_INSTITUTIONS =
  'Names of a city, an institution, an award or a road named after Hồ Chí Minh are not the person: his card there is wrong.';

/** Name models by entity id; `data/index.ts` puts each on its entity. */
export const nameModels: Record<string, NameModel> = {
  // People across scripts
  'sonexay-siphandone': {
    person: {
      given: 'Sonexay',
      family: 'Siphandone',
      phonetic: ['Xỏn-xay Xỉ-phăn-đon', 'Xỏn-xay Xi-phăn-đon', 'Xon-xay Xi-phăn-đon', 'Sỏn-xay Xỉ-phăn-đon'],
      titles: ['Thủ tướng', 'Thủ tướng Lào', 'Thủ tướng Chính phủ Lào', 'Phó Thủ tướng', 'Phó Thủ tướng Lào'],
    },
  },
  'thongloun-sisoulith': {
    person: {
      given: 'Thongloun',
      family: 'Sisoulith',
      phonetic: ['Thoong-lun Xi-xu-lít', 'Thoong-lun Xỉ-xu-lít', 'Thoong Lun Sỉ Su Lít', 'Thong-lun Xi-xu-lít'],
      titles: [
        'Tổng Bí thư',
        'Tổng Bí thư Lào',
        'Chủ tịch nước',
        'Chủ tịch nước Lào',
        'Tổng Bí thư, Chủ tịch nước',
        'Tổng Bí thư, Chủ tịch nước Lào',
      ],
    },
  },
  'hun-manet': {
    person: {
      given: 'Manet',
      family: 'Hun',
      familyFirst: true,
      phonetic: ['Hun Ma-nét', 'Hun Ma-net', 'Hun Ma-nết'],
      titles: ['Thủ tướng Campuchia', 'Thủ tướng'],
    },
  },
  'phet-phomphiphak': {
    person: {
      given: 'Phet',
      family: 'Phomphiphak',
      phonetic: ['Phết Phôm-phi-phắc', 'Phết Phôm-phi-phăc'],
      titles: ['Bộ trưởng Kế hoạch và Đầu tư Lào', 'Bộ trưởng Bộ Kế hoạch và Đầu tư Lào'],
    },
  },
  'khamphao-ernthavanh': {
    person: {
      given: 'Khamphao',
      family: 'Ernthavanh',
      phonetic: ['Khăm-phao Ơn-thăn-vanh', 'Khăm-phảo Ơn-thăn-vanh'],
      titles: ['Đại sứ', 'Đại sứ Lào', 'Đại sứ Lào tại Việt Nam'],
    },
  },
  'ho-chi-minh': {
    blocks: [
      {
        before: [
          'TP',
          'TP.',
          'Thành phố',
          'thành phố',
          'đường',
          'Đường mòn',
          'Bảo tàng',
          'Giải thưởng',
          'Huân chương',
          'Quảng trường',
          'Chiến dịch',
          'Lăng',
          'Lăng Chủ tịch',
          'Khu Di tích Chủ tịch',
          'Đội Thiếu niên Tiền phong',
          'Đoàn TNCS',
          'Đoàn Thanh niên Cộng sản',
          'Học viện Chính trị quốc gia',
          'Học viện Chính trị Quốc gia',
          'Đại học Quốc gia',
          'Đại học Quốc gia TP',
          'Đại học Quốc gia Thành phố',
          'Công an TP',
          'Công an Thành phố',
          'UBND TP',
          'UBND Thành phố',
        ],
        reason: HCM_INSTITUTIONS,
      },
    ],
  },
  'thanh-duy': {
    weak: {
      aliases: ['Thành Duy'],
      support: ['thanh-duy'],
      reason:
        'The seeds name this photographer only in photo credits; any other "Thành Duy" is someone else, so the name alone never opens his card.',
    },
  },

  // Places
  'vieng-chan': {
    forms: ['Viêng-chăn', 'Viên-chăn', 'Thủ đô Viêng-chăn'],
    blocks: [
      {
        before: ['tỉnh', 'Tỉnh'],
        reason: 'Vientiane Province (tỉnh Viêng Chăn) is another unit than the capital.',
      },
      { after: ['Times', 'Mai'], reason: 'Newspapers named after the city (Vientiane Times, Vientiane Mai).' },
    ],
  },
  'hua-phan': { forms: ['Hủa-phăn', 'tỉnh Hủa-phăn'] },
  'ha-noi': {
    blocks: [
      { after: ['FC', 'T&T'], reason: 'Football clubs named after the city are not the city.' },
      {
        before: ['Đại học Quốc gia', 'ĐHQG'],
        reason: 'Vietnam National University, Hanoi is a university, not the city.',
      },
    ],
  },
  'kim-lien': {
    weak: {
      aliases: ['Kim Liên'],
      support: ['kim-lien', 'nam-dan', 'nghe-an', 'ho-chi-minh'],
      reason:
        'Kim Liên alone is also a ward of Hà Nội and several communes: the relic site needs Nam Đàn, Nghệ An or Hồ Chí Minh on the page.',
    },
    blocks: [
      { before: ['phường', 'Phường', 'xã', 'Xã'], reason: 'A ward or commune named Kim Liên is not the relic site.' },
    ],
  },

  // Organizations: national bodies and abbreviations
  'bo-ke-hoach-va-dau-tu': {
    country: { id: 'viet-nam', generic: ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'Bộ KHĐT', 'Bộ Kế hoạch - Đầu tư'] },
  },
  'bo-ke-hoach-va-dau-tu-lao': {
    country: { id: 'lao', generic: ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'Bộ KHĐT', 'Bộ Kế hoạch - Đầu tư'] },
  },
  'bo-quoc-phong': { country: { id: 'viet-nam', generic: ['Bộ Quốc phòng'] } },
  'bo-quoc-phong-lao': { country: { id: 'lao', generic: ['Bộ Quốc phòng'] } },
  'bo-cong-an': { country: { id: 'viet-nam', generic: ['Bộ Công an'] } },
  'bo-cong-an-lao': { country: { id: 'lao', generic: ['Bộ Công an'] } },
  'bo-tu-phap': { country: { id: 'viet-nam', generic: ['Bộ Tư pháp'] } },
  'bo-tu-phap-lao': { country: { id: 'lao', generic: ['Bộ Tư pháp'] } },
  'bo-cong-chinh-va-van-tai-lao': {
    country: { id: 'lao', generic: ['Bộ Công chính và Vận tải', 'Bộ Công chính - Vận tải'] },
    weak: {
      aliases: ['Bộ Công chính và Vận tải'],
      reason:
        'Cambodia has a ministry of the same name: without "Lào", the Lao ministry needs Laos-related names on the page: its Government and leaders, its places, the transport projects and agreements it is party to.',
      support: [
        'chinh-phu-lao',
        'sonexay-siphandone',
        'thongloun-sisoulith',
        'vieng-chan',
        'tha-khek',
        'hua-phan',
        'duong-sat-vieng-chan-vung-ang',
        'duong-cao-toc-ha-noi-vieng-chan',
        'san-bay-nong-khang',
        'thoa-thuan-ket-noi-van-tai-hang-khong-viet-nam-lao',
      ],
    },
  },
  asean: {
    strong: { aliases: ['ASEAN'], reason: 'ASEAN names only the association.' },
    blocks: [
      {
        after: ['Cup', 'Mitsubishi Electric Cup', 'Championship', 'Football Championship'],
        reason: 'The football championship (organised by the AFF) is not the association.',
      },
    ],
  },
  'thong-tan-xa-viet-nam': {
    strong: {
      aliases: ['TTXVN'],
      reason: 'TTXVN names only the news agency; credits are left out by the credit rule.',
    },
  },
  'chinh-phu-lao': {
    blocks: [
      {
        before: ['Ủy ban liên', 'Uỷ ban liên'],
        reason:
          "Laos's intergovernmental committees are not the Government; the one with Vietnam is an entity of its own.",
      },
      {
        before: ['Văn phòng', 'văn phòng'],
        reason: 'The Government Office is an office of its own, not the Government.',
      },
    ],
  },
  'chinh-phu-viet-nam': {
    blocks: [
      {
        before: ['Ủy ban liên', 'Uỷ ban liên'],
        reason:
          "Vietnam's intergovernmental committees with other countries are not the Government; the one with Laos is an entity of its own.",
      },
      {
        before: ['Văn phòng', 'văn phòng'],
        reason: 'The Government Office is an office of its own, not the Government.',
      },
    ],
  },
  aipa: { strong: { aliases: ['AIPA'], reason: 'AIPA names only the inter-parliamentary assembly.' } },
  'uy-ban-lien-chinh-phu-viet-nam-lao': {
    weak: {
      aliases: ['Ủy ban liên Chính phủ'],
      reason:
        "Vietnam has intergovernmental committees with several countries: the short name is the one with Laos only on a page that names Laos's Government, leaders or the two cooperation committees.",
      support: [
        'ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao',
        'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao',
        'ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao',
        'uy-ban-hop-tac-viet-nam-lao',
        'uy-ban-hop-tac-lao-viet-nam',
        'chinh-phu-lao',
        'sonexay-siphandone',
        'thongloun-sisoulith',
        'phet-phomphiphak',
        'dang-nhan-dan-cach-mang-lao',
      ],
    },
    blocks: [
      {
        after: ['về', 'giữa', 'Việt Nam -', 'Việt Nam –', 'Việt Nam và', 'Việt Nam-'],
        reason:
          'A committee named with its subject or its countries, when the full name is not the one with Laos, is another.',
      },
    ],
    forms: [
      'Ủy ban liên Chính phủ {vn-la}',
      'Ủy ban (Hợp tác |hợp tác |)liên Chính phủ {vn-la}',
      'Ủy ban liên Chính phủ về hợp tác song phương {vn-la}',
      'Ủy ban liên Chính phủ về hợp tác kinh tế, văn hóa, khoa học - kỹ thuật {vn-la}',
      'Ủy ban liên Chính phủ (về hợp tác song phương |){giua-vn-la}',
      'Lao-Vietnam Intergovernmental Committee',
      'Laos-Vietnam Intergovernmental Committee',
      'Vietnam-Laos Intergovernmental Committee',
    ],
  },
  'uy-hoi-song-mekong': { forms: ['Ủy hội sông {mekong}( quốc tế|)', 'Ủy hội {mekong}( quốc tế|)'] },
  'chuong-trinh-hop-tac-tieu-vung-mekong-mo-rong': {
    forms: ['(Chương trình hợp tác |)Tiểu vùng (sông |){mekong} mở rộng'],
  },
  'cang-vung-ang': {
    weak: {
      aliases: [
        'cảng Vũng Áng',
        'cảng biển Vũng Áng',
        'cảng nước sâu Vũng Áng',
        // Its name since 2017, after its operator (the company is blocked as a project's namesake, kindBlocks).
        'Cảng quốc tế Lào - Việt',
      ],
      reason:
        'Vũng Áng has several ports (Formosa\'s Sơn Dương among them): "cảng Vũng Áng" alone is the Vietnam–Laos berths 1–3 only on a page about them, or about Hà Tĩnh (Sơn Dương is blocked by name).',
      support: [
        'vung-ang',
        'ha-tinh',
        'duong-sat-vieng-chan-vung-ang',
        'thoa-thuan-hop-tac-dau-tu-phat-trien-cang-vung-ang',
      ],
    },
    blocks: [
      { after: ['Sơn Dương', 'Formosa'], reason: 'The Formosa Hà Tĩnh port at Sơn Dương is another port.' },
      {
        phrases: ['Công ty liên hợp Lào phát triển cảng Vũng Áng'],
        reason: 'The Lao shareholder company of the port is a company, not the berths.',
      },
    ],
    forms: ['(Bến cảng|bến cảng|cảng) (số |)1, 2 và 3 Vũng Áng', 'Bến cảng Vũng Áng {vn-la}'],
  },
  'cua-khau-thong-minh': {
    weak: {
      aliases: ['cửa khẩu thông minh', 'mô hình cửa khẩu thông minh'],
      reason:
        'Many border gates are called smart; the Việt Nam – Quảng Tây pilot needs Quảng Tây or a related name on the page.',
    },
    blocks: [
      {
        after: ['Lao Bảo', 'Hữu Nghị', 'Tân Thanh', 'Móng Cái', 'Kim Thành', 'Cha Lo', 'Cầu Treo', 'Nậm Cắn'],
        reason: 'A named border gate is that gate, not the Quảng Tây pilot.',
      },
    ],
  },
  'san-bay-nong-khang': { forms: ['(sân bay |)Noong-khang', '(sân bay |)Nỏng-khạng', '(sân bay |)Noong Khang'] },

  // Projects: routes in either order, with optional heads and the country in brackets
  'duong-sat-vieng-chan-vung-ang': {
    weak: {
      aliases: ['Đường sắt Lào - Việt Nam', 'LVRP'],
      reason:
        'The project company calls it the Laos–Vietnam Railway (LVRP); the words alone are also any rail link of the two countries: it needs its route or ends named on the page.',
      support: ['vung-ang', 'vieng-chan', 'tha-khek', 'tan-ap', 'cang-vung-ang'],
    },
    forms: [
      'đường sắt {vieng-chan~vung-ang}',
      'đường sắt (nối |kết nối |)(Thủ đô |){vieng-chan~vung-ang}',
      'đường sắt {vieng-chan} - Thà Khẹc - {vung-ang}',
      'đường sắt {vung-ang} - Thà Khẹc - {vieng-chan}',
    ],
  },
  'duong-cao-toc-ha-noi-vieng-chan': {
    forms: ['(đường |)cao tốc {ha-noi~vieng-chan}', '(đường |)cao tốc (nối |kết nối ){ha-noi~vieng-chan}'],
  },
  'duong-sat-dong-dang-ha-noi': {
    weak: {
      aliases: ['Đồng Đăng - Hà Nội'],
      reason: 'A bare route is also a bus or train line: the standard-gauge railway needs a related name on the page.',
    },
    forms: ['đường sắt (khổ tiêu chuẩn |)(Lạng Sơn - |){dong-dang~ha-noi}'],
  },
  'duong-sat-mong-cai-hai-phong': {
    weak: {
      aliases: ['Móng Cái - Hải Phòng'],
      reason: 'A bare route is also a bus or train line: the standard-gauge railway needs a related name on the page.',
    },
    forms: ['đường sắt (khổ tiêu chuẩn |)(Hạ Long - |){mong-cai~hai-phong}'],
  },
  'cong-vien-huu-nghi-viet-nam-lao': {
    forms: ['Công viên hữu nghị {vn-la}'],
    blocks: [
      {
        after: ['tại huyện Viêng Xay', 'ở huyện Viêng Xay', 'tại Viêng Xay', 'ở Viêng Xay', 'Viêng Xay'],
        reason: "Another friendship park of the same name stands in Viêng Xay (Hủa Phăn); the base's is in Vientiane.",
      },
    ],
  },
  'quan-khu-4': {
    blocks: [
      {
        phrases: ['Tổng công ty Hợp tác kinh tế Quân khu 4', 'Tổng Công ty Hợp tác kinh tế Quân khu 4'],
        reason: "The Military Region's state company (Tổng công ty 4) works in Laos under its own name.",
      },
    ],
  },
  'benh-vien-huu-nghi-hua-phan': {
    forms: ['Bệnh viện hữu nghị ({vn-la} |)(tại |tỉnh |tại tỉnh |){hua-phan}'],
    weak: {
      aliases: ['Bệnh viện Hữu nghị Lào - Việt Nam', 'Bệnh viện Hữu nghị Việt Nam - Lào'],
      reason:
        'Several Lao provinces have a friendship hospital built with Vietnam: without its province the name is the Hủa Phăn one only on a page that names Hủa Phăn.',
      support: ['hua-phan'],
    },
    blocks: [
      {
        after: ['tỉnh', 'tại', 'ở'],
        reason:
          "Written with another place after it (Hủa Phăn itself makes the longer name), it is that place's hospital.",
      },
    ],
  },
  'ket-noi-luoi-dien-viet-nam-lao': { forms: ['(quy hoạch |)kết nối lưới điện {vn-la}'] },
  'bo-lich-su-quan-he-dac-biet-viet-nam-lao': { forms: ['Bộ Lịch sử quan hệ đặc biệt {vn-la}'] },

  // Agreements: either order, long official forms
  'hiep-dinh-thuong-mai-viet-nam-lao': {
    forms: [
      'Hiệp định Thương mại {vn-la}',
      'Hiệp định Thương mại (song phương |){giua-vn-la}',
      'Hiệp định Thương mại giữa {chinh-phu-viet-nam-day-du} và {chinh-phu-lao-day-du}',
      'Laos - Vietnam Trade Agreement',
    ],
  },
  'hiep-dinh-hop-tac-song-phuong-viet-nam-lao-2021-2025': {
    forms: [
      'Hiệp định hợp tác song phương {vn-la} giai đoạn 2021 - 2025',
      'Hiệp định hợp tác song phương giữa {chinh-phu-viet-nam-day-du} và {chinh-phu-lao-day-du} giai đoạn 2021 - 2025',
    ],
  },
  'thoa-thuan-chien-luoc-hop-tac-viet-lao-2021-2030': {
    forms: ['Thỏa thuận chiến lược hợp tác {vn-la} giai đoạn 2021 - 2030'],
  },
  'thoa-thuan-ke-hoach-hop-tac-viet-nam-lao-2024': {
    forms: ['Thỏa thuận (về |)Kế hoạch hợp tác {vn-la} năm 2024'],
  },

  // Agreements and visits named generically
  'ban-ghi-nho-mua-ban-dien-viet-nam-lao': {
    weak: {
      aliases: ['Bản ghi nhớ đã ký'],
      reason: '"The memorandum signed" is this one only on a page about it.',
    },
  },
  'chuyen-tham-cap-nha-nuoc-lao-cua-to-lam-2025': {
    weak: {
      aliases: ['chuyến thăm cấp Nhà nước Lào của Tổng Bí thư'],
      reason: 'Other General Secretaries paid state visits to Laos: the 2025 one needs a related name on the page.',
    },
  },

  // Events
  'ky-hop-45-uy-ban-lien-chinh-phu-viet-nam-lao': {
    forms: [
      'kỳ họp (lần thứ |thứ |)45(,|) (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la}|về hợp tác song phương {vn-la})',
      // The number after the committee: "kỳ họp Ủy ban liên Chính phủ lần thứ 45".
      'kỳ họp (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la} |về hợp tác song phương {vn-la} |)lần thứ 45',
    ],
  },
  'ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao': {
    forms: [
      'kỳ họp (lần thứ |thứ |)46(,|) (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la}|về hợp tác song phương {vn-la})',
      // The number after the committee: "kỳ họp Ủy ban liên Chính phủ lần thứ 46".
      'kỳ họp (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la} |về hợp tác song phương {vn-la} |)lần thứ 46',
    ],
  },
  'ky-hop-48-uy-ban-lien-chinh-phu-viet-nam-lao': {
    forms: [
      'kỳ họp (lần thứ |thứ |)48(,|) (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la}|về hợp tác song phương {vn-la})',
      // The number after the committee: "kỳ họp Ủy ban liên Chính phủ lần thứ 48".
      'kỳ họp (của |)Ủy ban (hợp tác |)liên Chính phủ ({vn-la} |về hợp tác song phương {vn-la} |)lần thứ 48',
    ],
  },
  'nam-doan-ket-huu-nghi-viet-nam-lao-2022': { forms: ['Năm Đoàn kết hữu nghị {vn-la}( năm|) 2022'] },
  'le-ky-niem-50-nam-quoc-khanh-lao': {
    forms: ['(lễ |)kỷ niệm 50 (năm |)Quốc khánh (Lào|nước Cộng hòa Dân chủ Nhân dân Lào|nước CHDCND Lào|CHDCND Lào)'],
  },
  'cuoc-gap-cap-cao-hai-dang-viet-nam-lao-2025': {
    weak: {
      aliases: ['Cuộc gặp cấp cao hai Đảng'],
      reason: 'Every summit of two parties is called so: the 2025 Vietnam–Laos one needs a related name on the page.',
    },
    forms: [
      'cuộc (gặp|họp) cấp cao (giữa |)hai Đảng {vn-la}',
      'cuộc (gặp|họp) cấp cao (giữa |)Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào',
      'cuộc (gặp|họp) cấp cao (giữa |)Đảng Nhân dân Cách mạng Lào và Đảng Cộng sản Việt Nam',
    ],
  },
  'dai-hoi-xi-dang-nhan-dan-cach-mang-lao': {
    forms: ['Đại hội (đại biểu toàn quốc |)(lần thứ |)XI (của |)(Đảng Nhân dân Cách mạng Lào|Đảng NDCM Lào)'],
  },
  'dai-hoi-xii-dang-nhan-dan-cach-mang-lao': {
    weak: {
      aliases: ['Đại hội Đảng lần thứ XII', 'Đại hội lần thứ XII'],
      reason: "Vietnam's own Party held a 12th Congress too (2016): the Lao one needs a related name on the page.",
    },
    blocks: [
      {
        after: ['của Đảng Cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam', 'của Đảng ta', 'Đảng ta', 'Đảng Cộng sản'],
        reason: "A congress written with another party after it is that party's.",
      },
    ],
    forms: ['Đại hội (đại biểu toàn quốc |)(lần thứ |)XII (của |)(Đảng Nhân dân Cách mạng Lào|Đảng NDCM Lào)'],
  },
  'hoi-nghi-cap-cao-uy-hoi-song-mekong-lan-thu-4': {
    weak: {
      aliases: ['Hội nghị Cấp cao Ủy hội sông Mekong'],
      reason: "Without its number the summit is any of the Mekong River Commission's summits.",
    },
    forms: ['hội nghị (cấp cao |)Ủy hội sông {mekong}( quốc tế|) lần thứ (4|tư)'],
  },
};
