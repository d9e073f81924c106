// Raw deflate for the zip reader on the command line: Node's native zlib. The pane's bundle maps
// this module to inflate.browser.ts (see webpack.config.js).
import { inflateRawSync } from 'zlib';
import type { InflateRaw } from './zip';

// The output is capped at the size the zip directory declares, so a deflate bomb stops there.
export const inflateRaw: InflateRaw | null = (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
