import { Field, Input } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { phoneErrorKey } from '../../../calls/input/phone';
import type { AppSettings } from '../../../calls/settings';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useZafEvent } from '../../../zaf/hooks';
import type { CurrentUser, ZafClient } from '../../../zaf/types';
import { useCallFormTools } from '../../shared/form/CallFormTools';
import { FormActions } from '../../shared/form/FormActions';
import { useCountdown } from '../../shared/form/useCountdown';
import { markUsable } from '../../shared/markUsable';
import { Callout } from '../../shared/notices/Callout';
import { Stack } from '../../shared/layout';
import {
  CallerOptions,
  FormProblem,
  LoggedNotKept,
  NewCaller,
  PendingLogNotice,
  RemoteProblem,
  TicketOptions,
  preloadPaneParts,
} from './lazyPaneParts';
import { DirectionChoice } from './DirectionChoice';
import type { PendingLog } from './paneDraft';
import { useCallerLookup } from './useCallerLookup';
import { useLogCall } from './useLogCall';
import { usePaneDraft } from './usePaneDraft';
import { usePendingCheck } from './usePendingCheck';

export interface PaneSession {
  client: ZafClient;
  appId: number;
  installationId: number | null;
  agent: CurrentUser | null;
  settings: AppSettings;
}

/** The number, the caller, the ticket: everything the agent does in the top bar, top to bottom. */
export function CallerPane({ session, onLogged }: { session: PaneSession; onLogged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { normalisePhone } = useCallFormTools();
  const { client, settings } = session;
  // What the agent typed and picked is kept as it changes: a reload of Zendesk loses none of it.
  const { draft, update, clear } = usePaneDraft(session.installationId);
  const { typed, direction, newName, subject } = draft;
  const [showErrors, setShowErrors] = useState(false);
  const e164 = normalisePhone(typed);
  const lookup = useCallerLookup(client.request, e164, settings.defaultCountry, draft, update);
  const pendingStore = {
    pending: draft.pending,
    keepPending: (pending: PendingLog) => {
      update({ pending });
    },
    forget: clear,
  };
  const { state, log } = useLogCall(client, client.request, session.installationId, pendingStore, onLogged);
  const pendingCheck = usePendingCheck(client.request, draft.pending, clear);
  const secondsToWait = useCountdown(state.status === 'failed' ? state.submitProblem.retryAt : null);

  const phoneInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    phoneInput.current?.focus();
    markUsable();
  }, []);
  useEffect(preloadPaneParts, []);
  useZafEvent(client, 'pane.activated', () => {
    phoneInput.current?.focus();
  });

  const number = e164 ?? typed.trim();
  const defaultName = t('topBar.defaultName', { number });
  const name = newName ?? defaultName;
  const callerName = lookup.chosen?.name ?? (lookup.pick === 'new' && newName !== null ? newName.trim() : '');
  const ticketSubject = subject ?? t('topBar.defaultSubject', { caller: callerName === '' ? number : callerName });

  const phoneError =
    // Only after a press of Log call: a message appearing on blur would move the button under the pointer.
    e164 === null && showErrors
      ? t(typed.trim() === '' ? 'errors.required' : (phoneErrorKey(typed) as MessageKey))
      : null;
  const callerError = showErrors && e164 !== null && lookup.pick === null ? t('topBar.chooseCaller') : null;
  const nameError = showErrors && name.trim() === '' ? t('errors.required') : null;
  const subjectError = showErrors && ticketSubject.trim() === '' ? t('errors.required') : null;
  const disabled = session.appId === 0 || settings.companyLine === null || pendingCheck.status === 'checking';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    const agentId = session.agent?.id;
    if (e164 === null || lookup.pick === null || agentId === undefined || disabled) {
      if (e164 === null) phoneInput.current?.focus();
      return;
    }
    if ((lookup.pick === 'new' && name.trim() === '') || (lookup.ticket === 'new' && ticketSubject.trim() === ''))
      return;
    void log({
      caller: lookup.pick === 'new' ? { kind: 'new', name } : { kind: 'known', id: lookup.pick },
      call: {
        appId: session.appId,
        agentId,
        callerPhone: e164,
        companyLine: settings.companyLine,
        direction,
        target:
          lookup.ticket === 'new'
            ? { kind: 'new', subject: ticketSubject }
            : { kind: 'existing', ticketId: lookup.ticket },
        commentFields: settings.commentFields,
      },
    });
  };

  const { callers, tickets } = lookup;
  return (
    // The host's pane is already titled with the app's name: no heading, so the whole flow fits the pane.
    <Stack as="form" $gap="sm" noValidate onSubmit={submit} aria-label={t('topBar.title')}>
      {pendingCheck.status === 'none' ? null : (
        <PendingLogNotice
          check={pendingCheck}
          onOpen={(ticketId) => {
            void client
              .routeToTicket(ticketId)
              .then(() => client.hidePopover())
              .then(onLogged, () => {
                // The host could not open it: the notice stays, with the ticket's number to open by hand.
              });
          }}
        />
      )}
      {session.appId === 0 ? (
        <Callout type="warning" title={t('shell.missingAppId.title')}>
          {t('shell.missingAppId.body')}
        </Callout>
      ) : null}
      {settings.companyLine === null ? <Callout type="warning">{t('topBar.noCompanyLine')}</Callout> : null}
      <Field>
        <Field.Label>{t('topBar.phoneLabel')}</Field.Label>
        <Field.Hint>
          {e164 === null || e164 === typed.trim() ? t('topBar.phoneHint') : t('form.phoneHint', { number: e164 })}
        </Field.Hint>
        <Input
          ref={phoneInput}
          type="tel"
          autoComplete="off"
          value={typed}
          validation={phoneError === null ? undefined : 'error'}
          onChange={(event) => {
            update({ typed: event.target.value });
          }}
        />
        {phoneError === null ? null : <Field.Message validation="error">{phoneError}</Field.Message>}
      </Field>
      <DirectionChoice
        direction={direction}
        onDirection={(value) => {
          update({ direction: value });
        }}
      />
      {callers.status === 'loading' ? (
        <SM role="status">
          <Dots aria-hidden="true" /> {t('topBar.searching')}
        </SM>
      ) : null}
      {callers.status === 'failed' ? (
        <RemoteProblem
          title={t('topBar.searchFailed')}
          problem={callers.problem}
          retryAt={callers.retryAt}
          onRetry={lookup.retryCallers}
        />
      ) : null}
      {callers.status === 'ready' && callers.data.length > 0 ? (
        <CallerOptions callers={callers.data} pick={lookup.pick} onPick={lookup.setPick} error={callerError} />
      ) : null}
      {callers.status === 'ready' && lookup.pick === 'new' ? (
        <NewCaller
          name={name}
          onName={(value) => {
            update({ newName: value });
          }}
          error={nameError}
        />
      ) : null}
      {tickets.status === 'loading' ? (
        <SM role="status">
          <Dots aria-hidden="true" /> {t('topBar.loadingTickets')}
        </SM>
      ) : null}
      {tickets.status === 'failed' ? (
        <RemoteProblem
          title={t('topBar.ticketsFailed')}
          problem={tickets.problem}
          retryAt={tickets.retryAt}
          onRetry={lookup.retryTickets}
        />
      ) : null}
      {lookup.pick === 'new' || tickets.status === 'ready' ? (
        <TicketOptions
          tickets={tickets.status === 'ready' ? tickets.data : []}
          ticket={lookup.ticket}
          onTicket={lookup.setTicket}
          subject={ticketSubject}
          onSubject={(value) => {
            update({ subject: value });
          }}
          subjectError={subjectError}
        />
      ) : null}
      {state.status === 'failed' ? (
        <FormProblem submitProblem={state.submitProblem} secondsToWait={secondsToWait} />
      ) : null}
      {state.status === 'notOpened' ? (
        <Callout type="info" role="status">
          {t('topBar.notOpened', { ticketId: state.ticketId })}
        </Callout>
      ) : null}
      {state.status === 'notKept' ? (
        <LoggedNotKept ticketId={state.ticketId} notKept={state.notKept} onNext={onLogged} />
      ) : null}
      <FormActions
        submitLabel={t('form.submitLog')}
        submitting={state.status === 'saving'}
        secondsToWait={secondsToWait}
        disabled={disabled}
        onCancel={() => {
          void client.hidePopover().catch(() => {
            // Nothing to undo: the entries stay for when the pane opens again.
          });
        }}
      />
    </Stack>
  );
}
