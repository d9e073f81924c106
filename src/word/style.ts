// The layout of a Chinese government document (GB/T 9704-2012, as commonly applied to budget
// explanatory texts): A4, margins 37/35/28/26 mm, body 仿宋_GB2312 三号 (16 pt) with a
// two-character first-line indent and a fixed 28 pt line, level-1 headings in 黑体, level-2 in
// 楷体_GB2312, the title in 小标宋 二号.
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  /** Fallbacks for machines without the GB2312 fonts (CSS only). */
  // Single quotes: these go inside style="…" attributes.
  bodyCss: "'仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', serif",
  heading1Css: "'黑体', 'SimHei', 'STHeiti', sans-serif",
  heading2Css: "'楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', serif",
  titleCss: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', '宋体', serif",
} as const;

/** Points. */
export const SIZES = { title: 22, body: 16, header: 10.5, footer: 14 } as const;
export const LINE_PT = 28;
/** Millimetres. */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
export const PLACEHOLDER_COLOR = '#FFFF00';
/** Characters of 二号 (22 pt) that fit on one line of the 156 mm text width, with room to spare. */
export const TITLE_ONE_LINE_MAX = 18;
