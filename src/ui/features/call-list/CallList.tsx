import { Button } from '@zendeskgarden/react-buttons';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { ReactNode } from 'react';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProblemMessage } from '../../shared/ProblemMessage';
import { Row, Stack } from '../../shared/layout';
import { Callout } from '../../shared/notices/Callout';
import styled from 'styled-components';
import { CallCard } from './CallCard';
import { oneCardPerCall } from './oneCardPerCall';
import { UnreadableCallCard } from './UnreadableCallCard';
import type { TicketCallsState } from './useTicketCalls';

const Cards = styled(Stack).attrs({ as: 'ul', role: 'list' })`
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** Pushes what follows it to the end of the row. */
const Spacer = styled.span`
  flex: 1;
`;

/** The ticket's calls, newest first, or why they cannot be shown. */
export function CallList({
  state,
  onReload,
  onRetry,
  onOpen,
  liveOf,
}: {
  state: TicketCallsState;
  onReload: () => void;
  /** Reads one call that could not be read, and only that one */
  onRetry: (callId: number) => void;
  onOpen: (call: CallRecord) => void;
  /** A live call's clock and buttons for its card */
  liveOf?: (call: CallRecord) => ReactNode;
}) {
  const { t, plural } = useI18n();

  if (state.status === 'loading') {
    return (
      <Stack aria-busy="true" aria-label={t('list.loading')}>
        <Skeleton height="72px" />
        <Skeleton height="72px" />
      </Stack>
    );
  }

  if (state.status === 'failed') {
    return (
      <Callout type="error">
        <Stack $gap="xs">
          <ProblemMessage problem={state.problem} during="read" />
          <div>
            <Button size="small" onClick={onReload}>
              {t('problems.retry')}
            </Button>
          </div>
        </Stack>
      </Callout>
    );
  }

  const { calls, unreadable, pending, searching } = state;
  const cards = oneCardPerCall(calls);
  // A call that could not be read is still a call on this ticket: counted, listed, never "no calls".
  const known = cards.length + unreadable.length;
  return (
    <Stack as="section" aria-labelledby="call-list-title" aria-busy={state.refreshing || pending.length > 0}>
      <Row $gap="xs">
        <MD tag="h2" id="call-list-title" isBold>
          {t('list.title')}
        </MD>
        <SM>{plural('list.count', known + pending.length)}</SM>
        <Spacer />
        <Button size="small" isBasic onClick={onReload} disabled={state.refreshing}>
          {t('list.reload')}
        </Button>
      </Row>
      {known === 0 && pending.length === 0 && !searching ? <SM>{t('list.empty')}</SM> : null}
      <Cards>
        {unreadable.map((entry) => (
          <li key={entry.callId}>
            <UnreadableCallCard entry={entry} onRetry={onRetry} />
          </li>
        ))}
        {cards.map(({ call, copies }) => (
          <li key={call.id}>
            <CallCard call={call} copies={copies} onOpen={onOpen} live={liveOf?.(call)} />
          </li>
        ))}
      </Cards>
      {pending.length > 0 || searching ? (
        <SM role="status">{pending.length > 0 ? plural('list.loadingMore', pending.length) : t('list.searching')}</SM>
      ) : null}
    </Stack>
  );
}
