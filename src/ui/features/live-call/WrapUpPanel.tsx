import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Input, Select, Textarea } from '@zendeskgarden/react-forms';
import { MD } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { COMPLETION_STATUSES } from '../../../calls/fields';
import { wrapUpChanges } from '../../../calls/live';
import type { WrapUpValues } from '../../../calls/live';
import type { CallRecord } from '../../../calls/schema';
import { updateCallAndComment } from '../../../calls/updateCallAndComment';
import { useI18n } from '../../../i18n/I18nProvider';
import { DispositionField } from '../../shared/form/DispositionField';
import { useNotices } from '../../shared/notices/NoticesProvider';
import { Row, Stack } from '../../shared/layout';
import { useSession } from '../../shared/session/SessionProvider';
import { RequestProblem } from './RequestProblem';
import { fieldProblem, useOneRequest } from './useOneRequest';

type Values = Required<WrapUpValues>;

const PLACED = ['completion_status', 'call_disposition', 'transcript', 'recording_url'];

function initialValues(call: CallRecord): Values {
  const status = COMPLETION_STATUSES.find((value) => value === call.completion_status) ?? 'completed';
  return {
    completion_status: status,
    call_disposition: call.call_disposition ?? '',
    transcript: call.transcript ?? '',
    recording_url: call.recording_url ?? '',
  };
}

/** After End call: outcome, disposition, notes, recording and the voice comment, saved in one PATCH (+1 comment). */
export function WrapUpPanel({
  call,
  endedAt,
  onStored,
  onDone,
}: {
  call: CallRecord;
  /** Epoch ms of End call, for the wrap-up time */
  endedAt: number;
  onStored: (call: CallRecord) => void;
  onDone: () => void;
}) {
  const { t, has } = useI18n();
  const { transport, settings, agent } = useSession();
  const { notify } = useNotices();
  const request = useOneRequest();
  const [values, setValues] = useState(() => initialValues(call));
  const [comment, setComment] = useState(settings.wrapUpComment);
  const [missingDisposition, setMissingDisposition] = useState(false);
  // After a stored PATCH whose comment failed, a retry compares against what is stored: only the comment goes.
  const [stored, setStored] = useState(call);
  const change = (name: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };
  const problemAt = (name: keyof Values) => fieldProblem(request.problem, name);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (settings.dispositionRequired && values.call_disposition.trim() === '') {
      setMissingDisposition(true);
      return;
    }
    setMissingDisposition(false);
    void request.run(async () => {
      const changes = wrapUpChanges({ call: stored, values }, stored.wrap_up_time == null ? endedAt : null, Date.now());
      const direction = stored.direction === 'outbound' ? 'outbound' : 'inbound';
      const number = (direction === 'inbound' ? stored.from_line : stored.to_line) ?? '?';
      const outcome = await updateCallAndComment(transport, {
        stored,
        fields: changes,
        edited: new Set(Object.keys(changes)),
        comment: comment
          ? {
              title: t(`comment.defaultTitle.${direction}`, { number }),
              fields: settings.commentFields,
              authorId: agent?.id ?? null,
            }
          : null,
      });
      if (outcome.kind !== 'nothingToSave') onStored(outcome.call);
      if (outcome.kind === 'commentFailed') {
        setStored(outcome.call);
        throw outcome.error;
      }
      notify('success', t('live.wrapUpSaved'));
      onDone();
    });
  };

  const statusError = problemAt('completion_status');
  const notesError = problemAt('transcript');
  const recordingError = problemAt('recording_url');
  return (
    <Stack as="form" $gap="sm" onSubmit={save} noValidate aria-labelledby={`wrap-up-${call.id}`}>
      <MD tag="h3" isBold id={`wrap-up-${call.id}`}>
        {t('live.wrapUp')}
      </MD>
      <Field>
        <Field.Label>{t('live.outcome')}</Field.Label>
        <Select
          isCompact
          value={values.completion_status}
          validation={statusError === null ? undefined : 'error'}
          onChange={(event) => {
            change('completion_status', event.target.value);
          }}
        >
          {COMPLETION_STATUSES.map((status) => {
            const key = `values.completion_status.${status}`;
            return (
              <option key={status} value={status}>
                {has(key) ? t(key) : status}
              </option>
            );
          })}
        </Select>
        {statusError === null ? null : <Field.Message validation="error">{statusError}</Field.Message>}
      </Field>
      <DispositionField
        label={t('live.disposition')}
        isCompact
        value={values.call_disposition}
        options={settings.dispositions}
        error={missingDisposition ? t('live.dispositionRequired') : problemAt('call_disposition')}
        onChange={(value) => {
          change('call_disposition', value);
          if (value.trim() !== '') setMissingDisposition(false);
        }}
      />
      <Field>
        <Field.Label>{t('live.notes')}</Field.Label>
        <Textarea
          isCompact
          minRows={2}
          maxRows={8}
          value={values.transcript}
          validation={notesError === null ? undefined : 'error'}
          onChange={(event) => {
            change('transcript', event.target.value);
          }}
        />
        {notesError === null ? null : <Field.Message validation="error">{notesError}</Field.Message>}
      </Field>
      <Field>
        <Field.Label>{t('live.recording')}</Field.Label>
        <Input
          isCompact
          type="url"
          inputMode="url"
          value={values.recording_url}
          validation={recordingError === null ? undefined : 'error'}
          onChange={(event) => {
            change('recording_url', event.target.value);
          }}
        />
        {recordingError === null ? null : <Field.Message validation="error">{recordingError}</Field.Message>}
      </Field>
      <Field>
        <Checkbox
          checked={comment}
          onChange={(event) => {
            setComment(event.target.checked);
          }}
        >
          <Field.Label isRegular>{t('live.addComment')}</Field.Label>
        </Checkbox>
      </Field>
      <RequestProblem problem={request.problem} placed={PLACED} />
      <Row $gap="xs">
        <Button
          type="submit"
          size="small"
          isPrimary
          disabled={request.busy || request.secondsToWait > 0}
          aria-busy={request.busy}
        >
          {request.busy
            ? t('form.saving')
            : request.secondsToWait > 0
              ? t('problems.retryIn', { seconds: request.secondsToWait })
              : t('live.save')}
        </Button>
        <Button size="small" isBasic onClick={onDone}>
          {t('live.skip')}
        </Button>
      </Row>
    </Stack>
  );
}
