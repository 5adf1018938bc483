/**
 * The name engine's rules beyond the trie, on the curated base: names inside names, evidence before a card,
 * credits, names that are the tail of a longer name, route ends, one wrong letter in a Lao family name.
 */
import { describe, expect, it } from 'vitest';
import { oneLetterApart, resolveEvidence } from './annotate.ts';
import { isCredit } from './credits.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const annotator = curatedAnnotator();
const ids = (text: string) => resolveEvidence(annotator.annotate(text)).map((m) => `${m.text} → ${m.entity.id}`);

describe('names inside names', () => {
  it('keeps the committee written inside a session, with offsets into the text', () => {
    const text = 'Tại Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Lào - Việt Nam, hai bên ký kết.';
    const [session] = annotator.annotate(text);
    expect(session?.entity.id).toBe('ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao');
    const inner = session?.nested?.[0];
    expect(inner?.entity.id).toBe('uy-ban-lien-chinh-phu-viet-nam-lao');
    expect(text.slice(inner?.start, inner?.end)).toBe(inner?.text);
  });
  it('reads the session with its number after the committee, and the committee’s short name inside it', () => {
    const [session] = annotator.annotate('Nhân dịp kỳ họp Ủy ban liên Chính phủ lần thứ 46, hai bên ký kết.');
    expect(session?.entity.id).toBe('ky-hop-46-uy-ban-lien-chinh-phu-viet-nam-lao');
    // A weak spelling inside a name that supports it is that entity.
    expect(session?.nested?.map((inner) => `${inner.text} → ${inner.entity.id}`)).toEqual([
      'Ủy ban liên Chính phủ → uy-ban-lien-chinh-phu-viet-nam-lao',
    ]);
    // The 47th session is not in the base: nothing, and no committee card on its own without support.
    expect(ids('Tại kỳ họp Ủy ban liên Chính phủ lần thứ 47, hai bên ký kết.')).toEqual([]);
  });
  it('does not nest the generic head of a longer name of the same kind', () => {
    const [lao] = annotator.annotate('Bộ KH&ĐT Lào tổ chức hội nghị.');
    expect(lao?.entity.id).toBe('bo-ke-hoach-va-dau-tu-lao');
    expect(lao?.nested ?? []).toEqual([]);
  });
});

describe('evidence before a card', () => {
  it('drops an abbreviation the page does not support, keeps it when the page names its entity', () => {
    expect(ids('Chỉ số MPI nghèo đa chiều giảm.')).toEqual([]);
    expect(ids('Bộ Kế hoạch và Đầu tư (MPI) cho biết.')).toEqual([
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
      'MPI → bo-ke-hoach-va-dau-tu',
    ]);
  });
  it('leaves the names written inside an unsupported weak name standing on their own, and not as evidence', () => {
    // "cảng Vũng Áng" alone may be another port at Vũng Áng; the place is named whichever port is meant.
    expect(ids('Tàu cập cảng Vũng Áng.')).toEqual(['Vũng Áng → vung-ang']);
    expect(ids('Tàu cập cảng Vũng Áng. Tuyến đường sắt Viêng Chăn - Vũng Áng được khởi công.')).toEqual([
      'cảng Vũng Áng → cang-vung-ang',
      'đường sắt Viêng Chăn - Vũng Áng → duong-sat-vieng-chan-vung-ang',
    ]);
    // A page about Hà Tĩnh supports the port; Formosa's port at Sơn Dương is another.
    expect(ids('Tại Hà Tĩnh, tàu cập cảng Vũng Áng.')).toEqual(['Hà Tĩnh → ha-tinh', 'cảng Vũng Áng → cang-vung-ang']);
    expect(ids('Tàu 200.000 tấn cập cảng Vũng Áng Sơn Dương của Formosa Hà Tĩnh.')).toEqual([]);
    // The place standing in for an unsupported port does not support another weak name.
    const [place] = resolveEvidence(annotator.annotate('Tàu cập cảng Vũng Áng.'));
    expect(place?.needs).toBeUndefined();
    expect(place?.nested).toBeUndefined();
  });
});

describe('short names of projects, with the page’s evidence', () => {
  it('the friendship hospital without its province is the Hủa Phăn one on a page naming Hủa Phăn, not another province’s', () => {
    expect(ids('Tỉnh Hủa Phăn tiếp nhận Bệnh viện Hữu nghị Lào - Việt Nam do Việt Nam tài trợ.')).toEqual([
      'Tỉnh Hủa Phăn → hua-phan',
      'Bệnh viện Hữu nghị Lào - Việt Nam → benh-vien-huu-nghi-hua-phan',
    ]);
    expect(ids('Bệnh viện Hữu nghị Lào - Việt Nam khám cho 500 người.')).toEqual([]);
    expect(ids('Đoàn tỉnh Hủa Phăn thăm Bệnh viện Hữu nghị Việt Nam - Lào tỉnh Xiêng Khoảng.')).toEqual([
      'tỉnh Hủa Phăn → hua-phan',
    ]);
  });
  it('the port under its operator’s name, and the railway under its company’s, not the companies themselves', () => {
    expect(
      ids('Tại Hà Tĩnh, Công ty Cổ phần Cảng quốc tế Lào - Việt giới thiệu bến số 3 của Cảng quốc tế Lào - Việt.'),
    ).toEqual(['Hà Tĩnh → ha-tinh', 'Cảng quốc tế Lào - Việt → cang-vung-ang']);
    expect(ids('Dự án Đường sắt Lào - Việt Nam (LVRP) nối Viêng Chăn với Vũng Áng.')).toEqual([
      'Đường sắt Lào - Việt Nam → duong-sat-vieng-chan-vung-ang',
      'LVRP → duong-sat-vieng-chan-vung-ang',
      'Viêng Chăn → vieng-chan',
      'Vũng Áng → vung-ang',
    ]);
    expect(ids('Đường sắt Lào - Việt Nam cần nhiều vốn.')).toEqual([]);
  });
});

describe('a body both countries have, named bare', () => {
  it('gets no card in a sentence about Laos alone, unless a Vietnamese person of it is named', () => {
    expect(
      ids('Lễ ký kết diễn ra giữa Chính phủ Lào với Công ty PetroTrade tại trụ sở Bộ Kế hoạch và Đầu tư.'),
    ).toEqual(['Chính phủ Lào → chinh-phu-lao']);
    expect(ids('Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Thị Bích Ngọc làm việc với đoàn Lào.')).toContain(
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
    );
    expect(ids('Theo Bộ Kế hoạch và Đầu tư, Lào là đối tác đầu tư quan trọng.')).toEqual([
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
    ]);
    expect(ids('Bộ Kế hoạch và Đầu tư Việt Nam và Chính phủ Lào ký kết.')).toContain(
      'Bộ Kế hoạch và Đầu tư Việt Nam → bo-ke-hoach-va-dau-tu',
    );
    expect(ids('Bộ Kế hoạch và Đầu tư chủ trì hội nghị tại Hà Nội.')).toEqual([
      'Bộ Kế hoạch và Đầu tư → bo-ke-hoach-va-dau-tu',
      'Hà Nội → ha-noi',
    ]);
  });
});

describe('a ministry two countries name alike', () => {
  it('is the Lao one on a page that names Laos’s Government, places or projects, not on a page about Cambodia', () => {
    expect(ids('Bộ Công chính và Vận tải trình Chính phủ Lào phê duyệt.')).toEqual([
      'Bộ Công chính và Vận tải → bo-cong-chinh-va-van-tai-lao',
      'Chính phủ Lào → chinh-phu-lao',
    ]);
    expect(ids('Bộ Công chính và Vận tải thẩm định nghiên cứu khả thi tuyến đường sắt Viêng Chăn - Vũng Áng.')).toEqual(
      [
        'Bộ Công chính và Vận tải → bo-cong-chinh-va-van-tai-lao',
        'đường sắt Viêng Chăn - Vũng Áng → duong-sat-vieng-chan-vung-ang',
      ],
    );
    expect(ids('Bộ Công chính và Vận tải Campuchia làm việc với Bộ Công chính và Vận tải tại Phnom Penh.')).toEqual([]);
    // "VN" qualifies a body as "Việt Nam" does, though it is no alias of the country.
    expect(ids('Bản ghi nhớ giữa Bộ Công an VN và Bộ Công an Lào về hợp tác.')).toEqual([
      'Bộ Công an VN → bo-cong-an',
      'Bộ Công an Lào → bo-cong-an-lao',
    ]);
  });
});

describe('what is not a mention', () => {
  it('a masthead: a body’s name in capitals alone on its line, not the same name in a sentence', () => {
    expect(ids('BÁO ĐIỆN TỬ CHÍNH PHỦ\n\nHai bên hội đàm.')).toEqual([]);
    expect(ids('Báo điện tử Chính phủ đăng bài về chuyến thăm.')).toEqual([
      'Báo điện tử Chính phủ → cong-thong-tin-dien-tu-chinh-phu',
    ]);
  });
  it('photo credits, datelines and source tags', () => {
    expect(ids('Hai bên hội đàm. (Ảnh: THÀNH DUY)')).toEqual([]);
    expect(ids('TPO - Chiều 1/12, hai bên hội đàm.')).toEqual([]);
    expect(isCredit('Theo TTXVN', 5, 10)).toBe(true);
    expect(isCredit('Theo Bộ trưởng Phet Phomphiphak, kim ngạch tăng mạnh trong năm qua và sẽ còn tăng.', 5, 30)).toBe(
      false,
    );
  });
  it('a place at the tail of a club name, but not at the start of a sentence', () => {
    expect(ids('CLB Sông Lam Nghệ An thắng trận.')).toEqual([]);
    expect(ids('Tại Nghệ An, hai bên ký kết.')).toEqual(['Nghệ An → nghe-an']);
  });
  it('a person’s name that is a route’s end is the city', () => {
    expect(ids('Chuyến bay Hồ Chí Minh - Viêng Chăn cất cánh.')).toEqual(['Viêng Chăn → vieng-chan']);
    expect(ids('Ông Sonexay Siphandone đến Hà Nội.')).toEqual([
      'Sonexay Siphandone → sonexay-siphandone',
      'Hà Nội → ha-noi',
    ]);
  });
});

describe('one wrong letter in a Lao family name', () => {
  it('only when the given name agrees', () => {
    expect(ids('Ông Sonexay Siphandome phát biểu.')).toEqual(['Sonexay Siphandome → sonexay-siphandone']);
    expect(ids('Ông Somsak Siphandome phát biểu.')).toEqual([]);
    expect(ids('Ông Sonexay Simpson phát biểu.')).toEqual([]);
  });
  it('oneLetterApart', () => {
    expect(oneLetterApart('siphandome', 'siphandone')).toBe(true);
    expect(oneLetterApart('siphandon', 'siphandone')).toBe(true);
    expect(oneLetterApart('siphandone', 'siphandone')).toBe(false);
    expect(oneLetterApart('sipandome', 'siphandone')).toBe(false);
  });
});
