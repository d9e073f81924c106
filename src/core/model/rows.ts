// Row labels: classification codes (in one column, split over 类/款/项 columns, or embedded in the
// name), numbering prefixes, and the names of total and carry-over rows.
import type { RowRole } from './types';
import { normalize } from './text';

/** Strips 一、 1. （一） (1) 其中： and similar prefixes; tells whether 其中 was there. */
export function cleanLabel(raw: string): { label: string; ofWhich: boolean } {
  let s = raw.replace(/^[\s\u3000]+/, '').trim();
  let ofWhich = false;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/^[一二三四五六七八九十]+[、.．]\s*/, '')
      .replace(/^[（(][一二三四五六七八九十\d]+[)）]\s*[、.．]?\s*/, '')
      .replace(/^\d+(\.\d+)*\s*[、.．]\s*(?!\d)/, '');
    const w = /^其中[:：]?\s*/.exec(s);
    if (w) {
      ofWhich = true;
      s = s.slice(w[0].length);
    }
    if (s === before) break;
  }
  return { label: s.trim(), ofWhich };
}

const ROLES = new Map<string, RowRole>();

/** The role of a row from its (cleaned) label. */
export function roleOf(label: string): RowRole {
  // Asked several times of each row's label while reading and checking: answered once.
  let role = ROLES.get(label);
  if (role === undefined) {
    role = roleOfUncached(label);
    if (ROLES.size > 50_000) ROLES.clear();
    ROLES.set(label, role);
  }
  return role;
}

function roleOfUncached(label: string): RowRole {
  // A colon after the name (合计：, 小计:) changes nothing.
  const n = normalize(label).replace(/:$/, '');
  if (/^(本年)?(收入|支出)总计$|^总计$|^收支总计$/.test(n)) return /本年/.test(n) ? 'current-total' : 'grand-total';
  // 一、本年收入 heading its sources (（一）一般公共预算拨款 …) is the year's total too.
  if (/^本年(收入|支出)(合计|小计)?$/.test(n)) return 'current-total';
  if (/^(合计|总合计|(收入|支出)合计|支出预算合计|收入预算合计)$/.test(n)) return 'total';
  // 小计, and a part's own (人员经费小计, 本级小计).
  if (/^.{0,10}小计$/.test(n)) return 'subtotal';
  // "三公"经费合计, 部门预算合计 …: a named total.
  if (/合计$/.test(n) && n.length <= 12) return 'total';
  if (/^(上年结转|年初结转|年末结转|结转下年|年终结转|用事业基金弥补收支差额|上年结余|使用非财政拨款结余|结余分配|年初财政拨款结转|年末财政拨款结转)/.test(n)) return 'carry';
  return 'item';
}

/** A code written as digits with optional spaces: "2010301", "201 03 01", "30101". */
export function codeDigits(text: string): string | null {
  const t = text.normalize('NFKC').replace(/[\s\u00a0]/g, '');
  return /^\d{2,9}$/.test(t) ? t : null;
}

/**
 * "201 一般公共服务支出", "2010301行政运行", "30101  基本工资", and the bracketed forms of the
 * budget systems' exports, "[201]一般公共服务支出", "【30101】基本工资" → code and name. With
 * `trailing`, also the code after the name: "行政运行（2010301）", "基本工资[30101]".
 */
export function splitEmbeddedCode(text: string, trailing = false): { code: string; name: string } | null {
  const t = text.trim();
  const m = /^([0-9０-９]{3}(?:\s?[0-9０-９]{2}){0,2})\s*[\s\-—:、.]?\s*([^\d\s０-９].*)$/.exec(t);
  if (m) return { code: m[1].normalize('NFKC').replace(/\s/g, ''), name: m[2].trim() };
  const n = t.normalize('NFKC');
  const lead = /^[[【(]\s*(\d{3}(?:\d{2}){0,2})\s*[\]】)]\s*[-—:、.]?\s*([^\d\s].*)$/.exec(n);
  if (lead) return { code: lead[1], name: t.slice(t.length - lead[2].length).trim() };
  // Only where the table's rows are classes: a project's name may end in a number of its own.
  const tail = trailing ? /^(.*[^\d\s])\s*[[【(]\s*(\d{3}(?:\d{2}){0,2})\s*[\]】)]$/.exec(n) : null;
  if (tail) return { code: tail[2], name: t.slice(0, tail[1].length).trim() };
  return null;
}

/** 类 3 digits → 1, 款 5 → 2, 项 7 → 3. */
export function levelOfCode(code: string): number | null {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : null;
}

const NOTES = new Map<string, boolean>();

/** Text that is a note rather than a row: 注：… 说明：… or a long sentence. */
export function isNoteText(text: string): boolean {
  // Asked of every text cell during detection; labels repeat across tables and files.
  let yes = NOTES.get(text);
  if (yes === undefined) {
    const n = normalize(text);
    yes = /^(注|说明|备注)[:：(0-9一]/.test(n) || /^本(部门|单位).*(无|没有)/.test(n) || /故本表为空|本表(为)?空表|无此项|无相关/.test(n);
    if (NOTES.size > 50_000) NOTES.clear();
    NOTES.set(text, yes);
  }
  return yes;
}

/**
 * The outline level a label's numbering shows: 一、 → 1, （一） → 2, 1. or 1、 → 3, (1) → 4;
 * null without numbering. Summary tables nest their items this way (一、财政拨款收入 / 1. 一般公共预算).
 */
export function outlineOf(raw: string): number | null {
  const s = raw.replace(/^[\s\u3000]+/, '').normalize('NFKC');
  if (/^[一二三四五六七八九十]+[、.]/.test(s)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(s)) return 2;
  if (/^\d+(\.|、)(?!\d)/.test(s)) return 3;
  if (/^\(\d+\)/.test(s)) return 4;
  return null;
}
