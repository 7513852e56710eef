import { isRecord } from '../lib/isRecord';

/** The app's own limit for one get/invoke: the SDK's is 5 s (npm build) or 300 s (CDN build). */
export const SDK_CALL_TIMEOUT_MS = 10_000;

/** The npm build gives up by RESOLVING with {name: 'TimeoutError', message}; the CDN build rejects. */
function isTimeoutAnswer(answer: unknown): boolean {
  return isRecord(answer) && answer.name === 'TimeoutError';
}

function asError(failure: unknown, what: string): Error {
  if (failure instanceof Error) return failure;
  if (isRecord(failure) && typeof failure.message === 'string') return new Error(failure.message);
  return new Error(`Zendesk could not ${what}`);
}

/**
 * What a get/invoke answered, or a rejection when the SDK timed out (either
 * way it does so), failed, or did not answer within `timeoutMs`.
 */
export async function settleSdkCall(
  pending: Promise<unknown>,
  what: string,
  timeoutMs: number = SDK_CALL_TIMEOUT_MS,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Zendesk did not ${what} within ${Math.round(timeoutMs / 1000)} seconds`));
    }, timeoutMs);
  });
  try {
    const answer: unknown = await Promise.race([pending, timeout]).catch((failure: unknown) => {
      throw asError(failure, what);
    });
    if (isTimeoutAnswer(answer)) throw asError(answer, what);
    return answer;
  } finally {
    clearTimeout(timer);
  }
}
