import type { Direction } from '../../../calls/fields';
import type { Translator } from '../../../i18n/translate';

/** The voice comment's title as the sidebar words it, "Inbound call from +14155550123": needed only once Log call is pressed. */
export function commentTitle({ t }: Pick<Translator, 't'>, direction: Direction, number: string): string {
  return t(`comment.defaultTitle.${direction}`, { number });
}
