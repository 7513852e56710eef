import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';
import type { PendingCheck } from './usePendingCheck';

/** What became of the call the agent was logging when the page reloaded. */
export function PendingLogNotice({ check, onOpen }: { check: PendingCheck; onOpen: (ticketId: number) => void }) {
  const { t } = useI18n();
  switch (check.status) {
    case 'none':
      return null;
    case 'checking':
      return (
        <SM role="status">
          <Dots aria-hidden="true" /> {t('topBar.pending.checking')}
        </SM>
      );
    case 'found':
      return (
        <Callout type="success" role="status">
          <Stack $gap="xs">
            <span>{t('topBar.pending.found', { ticketId: check.ticketId })}</span>
            <div>
              <Button
                size="small"
                onClick={() => {
                  onOpen(check.ticketId);
                }}
              >
                {t('topBar.pending.open', { ticketId: check.ticketId })}
              </Button>
            </div>
          </Stack>
        </Callout>
      );
    case 'notFound':
      return (
        <Callout type="info" role="status">
          {t('topBar.pending.notFound')}
        </Callout>
      );
    case 'failed':
      return (
        <Callout type="warning" role="status">
          {t('topBar.pending.failed')}
        </Callout>
      );
  }
}
