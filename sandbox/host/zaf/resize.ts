// invoke('resize', {width, height}): numbers or CSS lengths in px (or % for
// width), kept within bounds a sidebar can show.

export const HEIGHT_RANGE = { min: 0, max: 5000 } as const;
export const WIDTH_RANGE = { min: 0, max: 2000 } as const;

export interface FrameSize {
  /** CSS width, e.g. "100%" or "280px"; undefined leaves it as it is. */
  width?: string;
  /** CSS height in px; undefined leaves it as it is. */
  height?: string;
}

type Length = { unit: 'px' | '%'; value: number } | null;

function readLength(raw: unknown): Length {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { unit: 'px', value: raw };
  if (typeof raw !== 'string') return null;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(px|%)?\s*$/.exec(raw);
  if (!match) return null;
  return { unit: match[2] === '%' ? '%' : 'px', value: Number(match[1]) };
}

const clamp = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, Math.round(value)));

/** The size to apply, or a reason when the argument is not a size at all. */
export function readResize(argument: unknown): { ok: true; size: FrameSize } | { ok: false; reason: string } {
  if (typeof argument !== 'object' || argument === null) return { ok: false, reason: 'resize expects {width, height}' };
  const { width, height } = argument as { width?: unknown; height?: unknown };
  const size: FrameSize = {};
  if (height !== undefined) {
    const length = readLength(height);
    if (!length || length.unit !== 'px')
      return { ok: false, reason: `height ${JSON.stringify(height)} is not a length in px` };
    size.height = `${clamp(length.value, HEIGHT_RANGE)}px`;
  }
  if (width !== undefined) {
    const length = readLength(width);
    if (!length) return { ok: false, reason: `width ${JSON.stringify(width)} is not a length in px or %` };
    size.width =
      length.unit === '%' ? `${clamp(length.value, { min: 0, max: 100 })}%` : `${clamp(length.value, WIDTH_RANGE)}px`;
  }
  return { ok: true, size };
}
