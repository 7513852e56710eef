import { Accordion } from '@zendeskgarden/react-accordions';
import { Checkbox, Field, Fieldset, Input } from '@zendeskgarden/react-forms';
import { SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FIELD_GROUPS, fieldsOfGroup } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../layout';
import type { CallFormShape } from './formModel';
import { useFieldError } from './useFieldError';

function FieldChooser() {
  const { t, plural } = useI18n();
  const { register } = useFormContext<CallFormShape>();
  const chosen = useWatch<CallFormShape, 'comment.fields'>({ name: 'comment.fields' });
  // Sixty checkboxes are made only once the agent opens the list.
  const [opened, setOpened] = useState(false);
  return (
    <Accordion
      level={4}
      isCompact
      isCollapsible
      expandedSections={opened ? [0] : []}
      onChange={() => {
        setOpened(!opened);
      }}
    >
      <Accordion.Section>
        <Accordion.Header>
          <Accordion.Label>
            {t('comment.fields')}
            <SM tag="span"> · {plural('comment.fieldsChosen', chosen.length)}</SM>
          </Accordion.Label>
        </Accordion.Header>
        <Accordion.Panel>
          {opened ? (
            <Stack $gap="sm">
              {FIELD_GROUPS.map((group) => (
                <Fieldset key={group} isCompact>
                  <Fieldset.Legend>{t(`groups.${group}`)}</Fieldset.Legend>
                  {fieldsOfGroup(group).map((name) => (
                    <Field key={name}>
                      <Checkbox {...register('comment.fields')} value={name}>
                        <Field.Label isRegular>{t(`fields.${name}`)}</Field.Label>
                      </Checkbox>
                    </Field>
                  ))}
                </Fieldset>
              ))}
            </Stack>
          ) : null}
        </Accordion.Panel>
      </Accordion.Section>
    </Accordion>
  );
}

function CommentTitle() {
  const { t } = useI18n();
  const { register } = useFormContext<CallFormShape>();
  const error = useFieldError('comment.title');
  return (
    <Field>
      <Field.Label>{t('comment.title')}</Field.Label>
      <Input {...register('comment.title')} validation={error === null ? undefined : 'error'} autoComplete="off" />
      {error === null ? null : <Field.Message validation="error">{error}</Field.Message>}
    </Field>
  );
}

/**
 * The voice comment that shows the call on the ticket. Logging a call always
 * adds one; an update adds one only when the agent asks.
 */
export function VoiceCommentFields({ optional }: { optional: boolean }) {
  const { t } = useI18n();
  const { register } = useFormContext<CallFormShape>();
  const add = useWatch<CallFormShape, 'comment.add'>({ name: 'comment.add' });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('comment.legend')}</Fieldset.Legend>
      <Stack $gap="sm">
        {optional ? (
          <Field>
            <Checkbox {...register('comment.add')}>
              <Field.Label>{t('comment.add')}</Field.Label>
              <Field.Hint>{t('comment.addHint')}</Field.Hint>
            </Checkbox>
          </Field>
        ) : (
          <SM>{t('comment.addHint')}</SM>
        )}
        {add ? (
          <>
            <CommentTitle />
            <FieldChooser />
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
