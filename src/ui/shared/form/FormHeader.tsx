import { Button } from '@zendeskgarden/react-buttons';
import { LG } from '@zendeskgarden/react-typography';
import { ViewHeading } from '../ViewHeading';
import { DraftNotice } from './DraftNotice';
import type { FormDraftHandle } from './useFormDraft';

/** The top of a call form: the way back, the focused heading, and whether a draft came back. */
export function FormHeader({
  id,
  title,
  backLabel,
  onBack,
  draft,
}: {
  /** The heading's id, which names the form */
  id: string;
  title: string;
  backLabel: string;
  onBack: () => void;
  draft: FormDraftHandle;
}) {
  return (
    <>
      <div>
        <Button size="small" isLink onClick={onBack}>
          ← {backLabel}
        </Button>
      </div>
      <ViewHeading>
        <LG tag="span" isBold id={id}>
          {title}
        </LG>
      </ViewHeading>
      {draft.restored ? <DraftNotice onDiscard={draft.discard} /> : null}
    </>
  );
}
