import type { Direction } from '../../../calls/fields';
import type { PhoneNormaliser } from '../../../calls/input/phone';
import type { I18n } from '../../../i18n/I18nProvider';

/** "Inbound call from +14155550123" / "Outbound call to …": the other party's number, as it will be saved. */
export function defaultCommentTitle(
  { t }: Pick<I18n, 't'>,
  normalisePhone: PhoneNormaliser,
  direction: Direction,
  otherParty: string,
): string {
  const number = normalisePhone(otherParty) ?? otherParty.trim();
  return t(`comment.defaultTitle.${direction}`, { number: number === '' ? '?' : number });
}
