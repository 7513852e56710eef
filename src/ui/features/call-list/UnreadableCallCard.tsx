import { Button } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProblemMessage } from '../../shared/ProblemMessage';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';
import type { UnreadableEntry } from './useTicketCalls';

/**
 * A call the ticket's voice comment names but Zendesk would not hand over:
 * still a call on the ticket, so the agent does not log it a second time.
 */
export function UnreadableCallCard({ entry, onRetry }: { entry: UnreadableEntry; onRetry: (callId: number) => void }) {
  const { t } = useI18n();
  return (
    <Callout type="warning" role="group" label={t('list.unreadableTitle')} title={t('list.unreadableTitle')}>
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
    </Callout>
  );
}
