// Raw deflate for the zip reader on the command line: Node's native zlib. The pane's bundle maps
// this module to inflate.browser.ts (see webpack.config.js).
import { inflateRawSync } from 'zlib';
import type { InflateRaw } from './zip';

export const inflateRaw: InflateRaw | null = (data) => inflateRawSync(data);
