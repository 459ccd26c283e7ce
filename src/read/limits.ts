// Default limits for reading a workbook: far above any real scorecard, far below what would take the process down.
import type { ReadLimits } from './types.js';

export const defaultReadLimits: ReadLimits = {
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  maxCompressionRatio: 200,
  maxRows: 200_000,
  maxWorkerMemoryMb: 1_024,
  timeoutMs: 60_000,
};
