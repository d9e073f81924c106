// A read-only preview of one sheet in standalone mode, with the marks Excel would get.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, cellText, columnLetters, type SheetGrid } from '../core/grid';
import type { Mark } from '../excel/highlights';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: '320px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', fontSize: '11px', whiteSpace: 'nowrap' },
  th: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 'normal', padding: '1px 4px', position: 'sticky', top: 0 },
  td: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', maxWidth: '160px', overflow: 'hidden', textOverflow: 'ellipsis' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

const MAX_ROWS = 300;
const MAX_COLS = 30;

export function GridPreview({ sheet, marks, selected }: { sheet: SheetGrid; marks: readonly Mark[]; selected: string | null }) {
  const styles = useStyles();
  const ref = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected, sheet]);
  const colors = new Map(marks.filter((m) => m.sheet === sheet.name).map((m) => [m.cell, m]));
  const rows = sheet.cells.slice(0, MAX_ROWS);
  const width = Math.min(MAX_COLS, Math.max(0, ...rows.map((r) => r.length)));
  return (
    // Focusable, so that a keyboard can scroll the preview.
    <div className={styles.wrap} data-testid="grid-preview" role="region" aria-label={sheet.name} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <td className={styles.th} />
            {Array.from({ length: width }, (_v, c) => (
              <th key={c} className={styles.th}>
                {columnLetters(sheet.origin.col + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th className={styles.th}>{sheet.origin.row + r + 1}</th>
              {Array.from({ length: width }, (_v, c) => {
                const addr = a1(sheet, r, c);
                const mark = colors.get(addr);
                const isSel = addr === selected;
                return (
                  <td
                    key={c}
                    ref={isSel ? ref : undefined}
                    data-cell={addr}
                    data-selected={isSel ? 'true' : undefined}
                    title={mark?.note ?? undefined}
                    className={`${styles.td} ${isSel ? styles.selected : ''}`}
                    style={mark ? { backgroundColor: mark.color } : undefined}
                  >
                    {cellText(row[c] ?? null)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
