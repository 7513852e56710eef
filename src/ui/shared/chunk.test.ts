import { describe, expect, it, vi } from 'vitest';
import { chunk } from './chunk';

describe('chunk', () => {
  it('fetches once however many cards ask, and hands the module over once loaded', async () => {
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const source = chunk(importer);
    expect(source.loaded()).toBeNull();
    const [first, second] = await Promise.all([source.load(), source.load()]);
    expect(first).toBe(second);
    expect(source.loaded()).toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failure, where React.lazy would fail forever', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ answer: 42 });
    const source = chunk(importer);
    await expect(source.load()).rejects.toThrow('Failed to fetch');
    expect(source.loaded()).toBeNull();
    await expect(source.load()).resolves.toEqual({ answer: 42 });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
