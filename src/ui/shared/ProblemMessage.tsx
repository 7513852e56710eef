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
      return t(`${words}.server`, { status: problem.status });
    case 'unexpected':
      return t(`${words}.unexpected`, { status: problem.status });
  }
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
