import { useMemo } from 'react';
import { DIRECTIONS } from '../../../calls/fields';
import type { VoiceCommentChoice } from '../../../calls/form/bodies';
import type { CallFormValues } from '../../../calls/form/values';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Session } from '../session/SessionProvider';
import { useCallFormTools } from './CallFormTools';
import type { Follower } from './followers';
import type { CallFormShape, ParsedCallForm } from './formModel';

type TitleOf = (call: Pick<CallFormValues, 'direction' | 'from_line' | 'to_line'>) => string;

/**
 * "Inbound call from +14155550123" / "Outbound call to …": the other party's
 * number as it will be saved; and the follower that keeps a comment's title
 * so until the agent writes their own.
 */
export function useCommentTitle(): { titleOf: TitleOf; titleFollower: Follower } {
  const { t } = useI18n();
  const { normalisePhone } = useCallFormTools();
  return useMemo(() => {
    const titleOf: TitleOf = (call) => {
      const direction = DIRECTIONS.find((value) => value === call.direction) ?? 'inbound';
      const otherParty = direction === 'inbound' ? call.from_line : call.to_line;
      const number = normalisePhone(otherParty) ?? otherParty.trim();
      return t(`comment.defaultTitle.${direction}`, { number: number === '' ? '?' : number });
    };
    const titleFollower: Follower = {
      target: 'comment.title',
      sources: ['direction', 'from_line', 'to_line'],
      workOut: (values: CallFormShape) => titleOf(values.call),
      followsWhenEmpty: false,
    };
    return { titleOf, titleFollower };
  }, [t, normalisePhone]);
}

/** The comment as the request takes it: the agent who saves the call is its author. */
export function voiceCommentChoice(comment: ParsedCallForm['comment'], session: Session): VoiceCommentChoice {
  return { title: comment.title, fields: comment.fields, authorId: session.agent?.id ?? null };
}
