import type { ApiProblem } from '../../calls/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * A failed read or a failed write. Only a write has entries to keep: a read
 * never speaks of "your entries", which would tell the agent of typing they never did.
 */
export type ProblemDuring = 'read' | 'write';

/** What a failed request means for the agent, in a sentence or two. */
export function problemSentence(problem: ApiProblem, { t }: Pick<I18n, 't'>, during: ProblemDuring = 'write'): string {
  const words = during === 'read' ? 'problems.read' : 'problems';
  switch (problem.kind) {
    case 'network':
      return t(`${words}.network`);
    case 'forbidden':
      return t('problems.forbidden');
    case 'notFound':
      return t('problems.notFound');
    case 'invalid':
      return t('problems.invalid');
    case 'rateLimited':
      return problem.retryAfterSeconds === null
        ? t('problems.rateLimitedUnknown')
        : t('problems.rateLimited', { seconds: problem.retryAfterSeconds });
    case 'server':
      // A read has no entries to keep, nor a submit to hold: its card's Retry is the way on.
      return problem.retryAfterSeconds === undefined || during === 'read'
        ? t(`${words}.server`, { status: problem.status })
        : t('problems.unavailable', { status: problem.status, seconds: problem.retryAfterSeconds });
    case 'unexpected':
      return t(`${words}.unexpected`, { status: problem.status });
  }
}

/** The problem while its Retry-After (a 429's or a 503's) counts down: the seconds left, not the seconds first asked. */
export function waitingSentence(problem: ApiProblem, seconds: number, { t }: Pick<I18n, 't'>): string | null {
  if (seconds <= 0) return null;
  if (problem.kind === 'rateLimited') return t('problems.rateLimited', { seconds });
  if (problem.kind === 'server') return t('problems.unavailable', { status: problem.status, seconds });
  return null;
}

/** Zendesk's own words, when it gave any that add to ours. */
function zendeskDescription(problem: ApiProblem): string | null {
  return 'description' in problem && problem.kind !== 'notFound' ? problem.description : null;
}

export function ProblemMessage({ problem, during }: { problem: ApiProblem; during: ProblemDuring }) {
  const i18n = useI18n();
  const description = zendeskDescription(problem);
  return (
    <>
      {problemSentence(problem, i18n, during)}
      {description === null ? null : ` ${i18n.t('problems.details', { description })}`}
    </>
  );
}
