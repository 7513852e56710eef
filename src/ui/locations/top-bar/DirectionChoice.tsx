import { Field, Fieldset, Radio } from '@zendeskgarden/react-forms';
import { DIRECTIONS } from '../../../calls/fields';
import type { Direction } from '../../../calls/fields';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row } from '../../shared/layout';

/** Inbound or outbound, side by side. */
export function DirectionChoice({
  direction,
  onDirection,
}: {
  direction: Direction;
  onDirection: (direction: Direction) => void;
}) {
  const { t } = useI18n();
  return (
    <Fieldset>
      {/* Inbound and Outbound say what they choose; the legend is for screen readers. */}
      <Fieldset.Legend hidden>{t('topBar.direction')}</Fieldset.Legend>
      <Row $gap="md">
        {DIRECTIONS.map((value) => (
          <Field key={value}>
            <Radio
              name="direction"
              value={value}
              checked={direction === value}
              onChange={() => {
                onDirection(value);
              }}
            >
              <Field.Label isRegular>{t(`values.direction.${value}`)}</Field.Label>
            </Radio>
          </Field>
        ))}
      </Row>
    </Fieldset>
  );
}
