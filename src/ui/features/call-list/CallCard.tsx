import { getColor } from '@zendeskgarden/react-theming';
import { SM, Span } from '@zendeskgarden/react-typography';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../../shared/layout';
import { DirectionLabel } from '../../shared/DirectionLabel';
import { StatusTag } from '../../shared/StatusTag';

/** The card's box: the button that opens the call, and under it the live call's own buttons (never nested). */
const CardBox = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xs};
  padding: ${({ theme }) => theme.space.sm};
  border: ${({ theme }) => theme.borders.sm} ${({ theme }) => getColor({ theme, variable: 'border.default' })};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
`;

const CardButton = styled.button`
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.space.xxs};
  width: 100%;
  padding: 0;
  border: 0;
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;

  &:hover {
    background: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
  }

  &:focus-visible {
    outline: ${({ theme }) => theme.borderWidths.md} solid
      ${({ theme }) => getColor({ theme, variable: 'border.primaryEmphasis' })};
    outline-offset: 1px;
  }
`;

const Line = styled(Span)`
  display: block;
`;

function lineText(number: string | null | undefined, nickname: string | null | undefined): string {
  const shown = number ?? '—';
  return nickname ? `${nickname} (${shown})` : shown;
}

/** One call in the ticket's list: who called whom, when, how long, and whether it is over. */
export function CallCard({
  call,
  copies = 1,
  onOpen,
  live = null,
}: {
  call: CallRecord;
  /** How many records Zendesk holds for this one call (a create stored twice) */
  copies?: number;
  onOpen: (call: CallRecord) => void;
  /** A live call's clock and buttons, from the location (the list knows nothing of them) */
  live?: ReactNode;
}) {
  const { t, format } = useI18n();
  const started = call.call_started_at ? format.dateTime(call.call_started_at) : '—';
  return (
    <CardBox>
      <CardButton
        type="button"
        onClick={() => {
          onOpen(call);
        }}
      >
        <Row $gap="xs">
          <Span isBold>
            <DirectionLabel direction={call.direction} />
          </Span>
          <StatusTag call={call} />
        </Row>
        <Line>
          <Span hidden>{t('card.from')} </Span>
          {lineText(call.from_line, call.from_line_nickname)}
          <Span aria-hidden="true"> → </Span>
          <Span hidden> {t('card.to')} </Span>
          {lineText(call.to_line, call.to_line_nickname)}
        </Line>
        <SM>
          {started}
          {' · '}
          {typeof call.duration === 'number' ? format.duration(call.duration) : t('card.noDuration')}
        </SM>
        {copies > 1 ? (
          <SM isBold>{copies === 2 ? t('card.storedTwice') : t('card.storedMoreTimes', { count: copies })}</SM>
        ) : null}
      </CardButton>
      {live}
    </CardBox>
  );
}
