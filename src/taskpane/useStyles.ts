import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  groupTitle: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  finding: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // A finding that is only read (the audit's): no pointer, no hover.
  findingStatic: { cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  // A select as wide as the pane at most, however long its options.
  fit: { maxWidth: '100%', minWidth: 0 },
  findingSelected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  cellTag: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  values: { color: tokens.colorNeutralForeground3, display: 'block', marginTop: '2px' },
  draft: {
    fontFamily: '"FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif',
    fontSize: '14px',
    lineHeight: 1.8,
    '& h1': { fontSize: '17px', textAlign: 'center', fontFamily: '"SimHei", "黑体", "Noto Sans CJK SC", sans-serif' },
    '& h2': { fontSize: '15px', fontFamily: '"SimHei", "黑体", "Noto Sans CJK SC", sans-serif' },
    '& h3': { fontSize: '14px', fontFamily: '"SimHei", "黑体", "Noto Sans CJK SC", sans-serif', margin: '8px 0 2px' },
    '& h4': { fontSize: '14px', fontFamily: '"KaiTi", "楷体", serif', margin: '6px 0 2px' },
    '& p': { textIndent: '2em', margin: '2px 0' },
    '& mark': { backgroundColor: '#FFF2CC' },
  },
  auditText: { whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase200, lineHeight: 1.7, maxHeight: '260px', overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS },
  wrong: { backgroundColor: '#F4A6A6', textDecoration: 'underline wavy #C00000' },
});
