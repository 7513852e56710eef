import { Field, Fieldset, Input, Radio } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import type { OpenTicket } from '../../../calls/callers/openTickets';
import { OPEN_STATUSES } from '../../../calls/callers/openTickets';
import { useI18n } from '../../../i18n/I18nProvider';
import type { TicketPick } from './useCallerLookup';

const STATUS_HUES = { new: 'yellow', open: 'red', pending: 'blue', hold: 'grey' } as const;

/** Zendesk's status colours, beside the subject: one line per ticket keeps five of them in the pane. */
function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const known = OPEN_STATUSES.find((value) => value === status);
  return (
    <Tag size="small" hue={known === undefined ? 'grey' : STATUS_HUES[known]}>
      {known === undefined ? status : t(`topBar.status.${known}`)}
    </Tag>
  );
}

/** "New ticket" first and picked; the caller's open tickets below it; the new ticket's subject under it. */
export function TicketOptions({
  tickets,
  ticket,
  onTicket,
  subject,
  onSubject,
  subjectError,
}: {
  tickets: readonly OpenTicket[];
  ticket: TicketPick;
  onTicket: (ticket: TicketPick) => void;
  subject: string;
  onSubject: (subject: string) => void;
  subjectError: string | null;
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('topBar.ticketLegend')}</Fieldset.Legend>
      <Field>
        <Radio
          name="ticket"
          value="new"
          checked={ticket === 'new'}
          onChange={() => {
            onTicket('new');
          }}
        >
          <Field.Label>{t('topBar.newTicket')}</Field.Label>
        </Radio>
      </Field>
      {ticket === 'new' ? (
        <Field>
          <Field.Label>{t('topBar.subject')}</Field.Label>
          <Input
            value={subject}
            validation={subjectError === null ? undefined : 'error'}
            onChange={(event) => {
              onSubject(event.target.value);
            }}
          />
          {subjectError === null ? null : <Field.Message validation="error">{subjectError}</Field.Message>}
        </Field>
      ) : null}
      {tickets.map((entry) => (
        <Field key={entry.id}>
          <Radio
            name="ticket"
            value={String(entry.id)}
            checked={ticket === entry.id}
            onChange={() => {
              onTicket(entry.id);
            }}
          >
            <Field.Label>
              <StatusTag status={entry.status} /> {t('topBar.ticketOption', { id: entry.id, subject: entry.subject })}
            </Field.Label>
          </Radio>
        </Field>
      ))}
    </Fieldset>
  );
}
