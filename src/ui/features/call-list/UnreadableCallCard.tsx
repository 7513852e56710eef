import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProblemMessage } from '../../shared/ProblemMessage';
import { Stack } from '../../shared/layout';
import type { UnreadableEntry } from './useTicketCalls';

/**
 * A call the ticket's voice comment names but Zendesk would not hand over:
 * still a call on the ticket, so the agent does not log it a second time.
 */
export function UnreadableCallCard({ entry, onRetry }: { entry: UnreadableEntry; onRetry: (callId: number) => void }) {
  const { t } = useI18n();
  return (
    <Alert type="warning" role="group" aria-label={t('list.unreadableTitle')}>
      <Alert.Title>{t('list.unreadableTitle')}</Alert.Title>
      <Stack $gap="xs">
        <SM>{t('list.callId', { callId: entry.callId })}</SM>
        <SM>
          <ProblemMessage problem={entry.problem} during="read" />
        </SM>
        <div>
          <Button
            size="small"
            disabled={entry.retrying}
            aria-busy={entry.retrying}
            onClick={() => {
              onRetry(entry.callId);
            }}
          >
            {t('problems.retry')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
