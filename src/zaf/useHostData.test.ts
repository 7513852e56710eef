import { describe, expect, it, vi } from 'vitest';
import { fakeZafClient } from '../test/fakeZafClient';
import type { ZafClient } from './types';
import { askOncePerClient } from './useHostData';

describe('askOncePerClient', () => {
  it('asks the host once per client, however often a root mounts', async () => {
    const read = vi.fn<(client: ZafClient) => Promise<string>>(() => Promise.resolve('answer'));
    const ask = askOncePerClient(read);
    const client = fakeZafClient();
    expect(await ask(client)).toBe('answer');
    expect(await ask(client)).toBe('answer');
    expect(read).toHaveBeenCalledTimes(1);
    await ask(fakeZafClient());
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('asks again after a failed answer', async () => {
    const read = vi.fn<(client: ZafClient) => Promise<string>>(() => Promise.resolve('answer'));
    read.mockRejectedValueOnce(new Error('timeout'));
    const ask = askOncePerClient(read);
    const client = fakeZafClient();
    await expect(ask(client)).rejects.toThrow('timeout');
    expect(await ask(client)).toBe('answer');
  });
});
