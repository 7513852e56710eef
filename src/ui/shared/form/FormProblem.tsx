import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { problemSentence, waitingSentence } from '../ProblemMessage';
import { Stack } from '../layout';
import { Callout } from '../notices/Callout';
import type { SubmitProblem } from './submitProblem';

/** Why the last submit failed, above the buttons; the entries stay as typed. */
export function FormProblem({ submitProblem, secondsToWait }: { submitProblem: SubmitProblem; secondsToWait: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { problem, unplaced } = submitProblem;
  const text = waitingSentence(problem, secondsToWait, i18n) ?? problemSentence(problem, i18n);
  const description = 'description' in problem && problem.kind !== 'invalid' ? problem.description : null;
  const unplacedMessages = Object.entries(unplaced);
  const formMessages = problem.kind === 'invalid' ? (problem.base ?? []) : [];
  return (
    <Callout type={problem.kind === 'rateLimited' || secondsToWait > 0 ? 'warning' : 'error'} role="alert">
      <Stack $gap="xxs">
        <span>{text}</span>
        {description === null ? null : <SM>{t('problems.details', { description })}</SM>}
        {formMessages.map((message) => (
          <SM key={message}>{message}</SM>
        ))}
        {unplacedMessages.map(([field, messages]) => (
          <SM key={field}>
            {field}: {messages.join(' ')}
          </SM>
        ))}
      </Stack>
    </Callout>
  );
}
