import * as fs from 'fs';
import { readClaims } from '../src/core/narrative/claims';
import { toPlain } from '../src/core/money';
const r = readClaims(fs.readFileSync(process.argv[2], 'utf8'));
console.log('year', r.year);
for (const c of r.claims) console.log(c.offset, c.section, c.kind, JSON.stringify(c.quote), c.value ? toPlain(c.value) : null, c.unit, c.direction, `label=${c.label}`, c.shareOf ? `of=${c.shareOf}` : '', c.ofWhich ? '其中' : '');
