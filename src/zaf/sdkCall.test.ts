import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SDK_CALL_TIMEOUT_MS, settleSdkCall } from './sdkCall';

describe('settleSdkCall', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives back what the SDK answered', async () => {
    await expect(settleSdkCall(Promise.resolve({ 'ticket.id': 42 }), 'answer')).resolves.toEqual({ 'ticket.id': 42 });
  });

  it('fails when the SDK resolves with a TimeoutError, as the npm build does after 5 s', async () => {
    const npmTimeout = { name: 'TimeoutError', message: 'Timeout when invoking "get"', invocationName: 'get' };
    await expect(settleSdkCall(Promise.resolve(npmTimeout), 'answer')).rejects.toThrow('Timeout when invoking "get"');
  });

  it('fails when the SDK rejects, as the CDN build does', async () => {
    const cdnTimeout = Object.assign(new Error('Invocation request timeout'), { name: 'TimeoutError' });
    await expect(settleSdkCall(Promise.reject(cdnTimeout), 'answer')).rejects.toBe(cdnTimeout);
  });

  it('fails with the host’s message when the SDK rejects with a plain object', async () => {
    const hostError = { name: 'APIUnavailable', message: '"nope" Not Found' };
    // The SDK passes on the host's {name, message} as it came, not as an Error.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    await expect(settleSdkCall(Promise.reject(hostError), 'answer')).rejects.toThrow('"nope" Not Found');
  });

  it('fails after its own timeout when the SDK never settles', async () => {
    let failure: unknown = null;
    void settleSdkCall(new Promise(() => undefined), 'tell about the ticket').catch((error: unknown) => {
      failure = error;
    });
    await vi.advanceTimersByTimeAsync(SDK_CALL_TIMEOUT_MS - 1);
    expect(failure).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(failure).toEqual(new Error('Zendesk did not tell about the ticket within 10 seconds'));
  });

  it('leaves no timer behind once the SDK has answered', async () => {
    await settleSdkCall(Promise.resolve({}), 'answer');
    expect(vi.getTimerCount()).toBe(0);
  });
});
