import { Button } from '@zendeskgarden/react-buttons';
import type { ApiProblem } from '../../../calls/errors';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProblemMessage, waitingSentence } from '../../shared/ProblemMessage';
import { useCountdown } from '../../shared/form/useCountdown';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';

/** A look-up that failed: what it was, why, and "try again" once Zendesk lets the app. */
export function RemoteProblem({
  title,
  problem,
  retryAt,
  onRetry,
}: {
  title: string;
  problem: ApiProblem;
  retryAt: number | null;
  onRetry: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const seconds = useCountdown(retryAt);
  return (
    <Callout type={problem.kind === 'rateLimited' || seconds > 0 ? 'warning' : 'error'} role="alert" title={title}>
      <Stack $gap="xs">
        <span>
          {seconds > 0 ? waitingSentence(problem, seconds, i18n) : <ProblemMessage problem={problem} during="read" />}
        </span>
        <div>
          <Button size="small" onClick={onRetry} disabled={seconds > 0}>
            {seconds > 0 ? t('problems.retryIn', { seconds }) : t('problems.retry')}
          </Button>
        </div>
      </Stack>
    </Callout>
  );
}
