import { DIRECTIONS } from '../../calls/fields';
import { useI18n } from '../../i18n/I18nProvider';

const ARROWS = { inbound: '↙', outbound: '↗' } as const;

/** "↙ Inbound call" / "↗ Outbound call"; the arrow is decoration. */
export function DirectionLabel({ direction }: { direction: string | null | undefined }) {
  const { t } = useI18n();
  const known = DIRECTIONS.find((value) => value === direction);
  if (known === undefined) return <>{t('details.title.unknown')}</>;
  return (
    <>
      <span aria-hidden="true">{ARROWS[known]} </span>
      {t(`details.title.${known}`)}
    </>
  );
}
