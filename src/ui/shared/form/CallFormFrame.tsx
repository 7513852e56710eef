import { MD } from '@zendeskgarden/react-typography';
import { useMemo } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CallFieldName } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Stack } from '../layout';
import { CallFormProvider } from './CallFormProvider';
import { FieldGroups, foldedSections } from './FieldGroups';
import { FormActions } from './FormActions';
import { FormHeader } from './FormHeader';
import { FormProblem } from './FormProblem';
import type { CallForm } from './useCallForm';
import { VoiceCommentFields } from './VoiceCommentFields';

/**
 * What both call forms look like around their own fields: the header with the
 * way back and the draft notice, the fields it shows first (`children`), what
 * the agent must decide (`notice`), why the last submit failed and the buttons
 * right below them (in view without scrolling in a 700 px sidebar), then the
 * rest folded by group and the voice comment.
 */
export function CallFormFrame({
  callForm,
  titleId,
  title,
  backLabel,
  shownFirst,
  commentOptional,
  submitLabel,
  submitDisabled = false,
  notice = null,
  onSubmit,
  onCancel,
  children,
}: {
  callForm: CallForm;
  /** The heading's id, which names the form */
  titleId: string;
  title: string;
  backLabel: string;
  /** The fields `children` shows; the others are folded away by group */
  shownFirst: readonly CallFieldName[];
  /** An update adds a comment only when asked; a new call always has one */
  commentOptional: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  /** What the agent must decide before saving, above the buttons */
  notice?: ReactNode;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { form, draft, problem, secondsToWait, changeField } = callForm;
  const sections = useMemo(() => foldedSections(shownFirst), [shownFirst]);
  return (
    <CallFormProvider form={form} changeField={changeField}>
      <Stack as="form" $gap="md" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
        <FormHeader id={titleId} title={title} backLabel={backLabel} onBack={onCancel} draft={draft} />
        {children}
        {notice}
        {problem === null ? null : <FormProblem submitProblem={problem} secondsToWait={secondsToWait} />}
        <FormActions
          submitLabel={submitLabel}
          submitting={form.formState.isSubmitting}
          secondsToWait={secondsToWait}
          disabled={submitDisabled}
          onCancel={onCancel}
        />
        <MD tag="h3" isBold>
          {t('form.moreFields')}
        </MD>
        <FieldGroups sections={sections} notKept={callForm.notKept.fields} />
        <VoiceCommentFields optional={commentOptional} />
      </Stack>
    </CallFormProvider>
  );
}
