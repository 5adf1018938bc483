/**
 * The fixed quality set for search: each query a reader might type, and the entity that must come first.
 * Used by shared/search/queries.test.ts (every query must pass) and bench/search.bench.ts (ours vs plain Fuse.js).
 * Ids are those of the curated fact base.
 */
export type QueryCategory = 'accent-less' | 'typo' | 'abbreviation' | 'lao-spelling' | 'partial' | 'alias' | 'exact';

export interface QualityQuery {
  query: string;
  /** Id of the entity that must be the first result. */
  expect: string;
  category: QueryCategory;
}

export const QUALITY_QUERIES: readonly QualityQuery[] = [
  { query: 'Tô Lâm', expect: 'to-lam', category: 'exact' },
  { query: 'to lam', expect: 'to-lam', category: 'accent-less' },
  { query: 'tong bi thu to lam', expect: 'to-lam', category: 'accent-less' },
  { query: 'pham minh chinh', expect: 'pham-minh-chinh', category: 'accent-less' },
  { query: 'phạm minh chín', expect: 'pham-minh-chinh', category: 'partial' },
  { query: 'pham mihn chinh', expect: 'pham-minh-chinh', category: 'typo' },
  { query: 'tran quoc phuong', expect: 'tran-quoc-phuong', category: 'accent-less' },
  { query: 'bui dinh long', expect: 'bui-dinh-long', category: 'accent-less' },
  { query: 'siphandone', expect: 'sonexay-siphandone', category: 'partial' },
  { query: 'sonexay siphandon', expect: 'sonexay-siphandone', category: 'partial' },
  { query: 'sonxay siphandone', expect: 'sonexay-siphandone', category: 'typo' },
  { query: 'xon xay xi phan don', expect: 'sonexay-siphandone', category: 'lao-spelling' },
  { query: 'thongloun sisoulith', expect: 'thongloun-sisoulith', category: 'exact' },
  { query: 'thongloun sisulith', expect: 'thongloun-sisoulith', category: 'typo' },
  { query: 'thoong lun xi xu lit', expect: 'thongloun-sisoulith', category: 'lao-spelling' },
  { query: 'phet phomphiphak', expect: 'phet-phomphiphak', category: 'exact' },
  { query: 'phomphipak', expect: 'phet-phomphiphak', category: 'typo' },
  { query: 'phet phom phi phac', expect: 'phet-phomphiphak', category: 'lao-spelling' },
  { query: 'ernthavanh', expect: 'khamphao-ernthavanh', category: 'partial' },
  { query: 'bo ke hoach va dau tu', expect: 'bo-ke-hoach-va-dau-tu', category: 'accent-less' },
  { query: 'ke hoach dau tu', expect: 'bo-ke-hoach-va-dau-tu', category: 'partial' },
  { query: 'KH&ĐT', expect: 'bo-ke-hoach-va-dau-tu', category: 'abbreviation' },
  { query: 'bo khdt', expect: 'bo-ke-hoach-va-dau-tu', category: 'abbreviation' },
  { query: 'UBND tỉnh Nghệ An', expect: 'ubnd-tinh-nghe-an', category: 'abbreviation' },
  { query: 'ubnd nghe an', expect: 'ubnd-tinh-nghe-an', category: 'abbreviation' },
  { query: 'uy ban nhan dan nghe an', expect: 'ubnd-tinh-nghe-an', category: 'accent-less' },
  { query: 'nghe an', expect: 'nghe-an', category: 'accent-less' },
  { query: 'vientiane', expect: 'vieng-chan', category: 'lao-spelling' },
  { query: 'vien chan', expect: 'vieng-chan', category: 'lao-spelling' },
  { query: 'viengchan', expect: 'vieng-chan', category: 'lao-spelling' },
  { query: 'cang vung ang', expect: 'cang-vung-ang', category: 'accent-less' },
  { query: 'vung ang port', expect: 'cang-vung-ang', category: 'alias' },
  { query: 'uy hoi song mekong', expect: 'uy-hoi-song-mekong', category: 'accent-less' },
  { query: 'mekong river commision', expect: 'uy-hoi-song-mekong', category: 'typo' },
  { query: 'uy ban lien chinh phu viet lao', expect: 'uy-ban-lien-chinh-phu-viet-nam-lao', category: 'partial' },
  { query: 'thoa thuan chien luoc', expect: 'thoa-thuan-chien-luoc-hop-tac-viet-lao-2021-2030', category: 'partial' },
  { query: 'quoc khanh lao', expect: 'le-ky-niem-50-nam-quoc-khanh-lao', category: 'partial' },
];
