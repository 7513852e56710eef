import type { ApiProblem } from '../../calls/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { I18n } from '../../i18n/I18nProvider';

/** What a failed request means for the agent, in a sentence or two. */
export function problemSentence(problem: ApiProblem, { t }: Pick<I18n, 't'>): string {
  switch (problem.kind) {
    case 'network':
      return t('problems.network');
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
      return t('problems.server', { status: problem.status });
    case 'unexpected':
      return t('problems.unexpected', { status: problem.status });
  }
}

/** Zendesk's own words, when it gave any that add to ours. */
function zendeskDescription(problem: ApiProblem): string | null {
  return 'description' in problem && problem.kind !== 'notFound' ? problem.description : null;
}

export function ProblemMessage({ problem }: { problem: ApiProblem }) {
  const i18n = useI18n();
  const description = zendeskDescription(problem);
  return (
    <>
      {problemSentence(problem, i18n)}
      {description === null ? null : ` ${i18n.t('problems.details', { description })}`}
    </>
  );
}
