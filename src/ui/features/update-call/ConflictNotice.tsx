import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useId } from 'react';
import type { MouseEvent } from 'react';
import styled from 'styled-components';
import type { Collision } from '../../../calls/conflicts';
import { useI18n } from '../../../i18n/I18nProvider';
import { FieldValue } from '../../shared/FieldValue';
import { Row, Stack, TermList } from '../../shared/layout';

/** Long values (links, notes) wrap inside the alert instead of widening it. */
const Values = styled(TermList)`
  dd {
    overflow-wrap: anywhere;
  }
`;

/** Which agent's values a conflict is settled with. */
export type KeptSide = 'mine' | 'theirs';

/**
 * Another agent stored the call since the form opened, with other values in
 * fields this agent edited: theirs and mine side by side, and the choice.
 */
export function ConflictNotice({
  collisions,
  onChoose,
}: {
  collisions: readonly Collision[];
  /** Called before the form the notice sits in is sent again, so the choice goes through the same checks as "Save changes" */
  onChoose: (kept: KeptSide) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const choosing = (kept: KeptSide) => (event: MouseEvent<HTMLButtonElement>) => {
    onChoose(kept);
    event.currentTarget.form?.requestSubmit();
  };
  return (
    <Alert type="warning" role="alert" aria-labelledby={titleId}>
      <Alert.Title id={titleId}>{t('conflict.title')}</Alert.Title>
      <Stack $gap="xs">
        <span>{t('conflict.intro')}</span>
        {collisions.map(({ field, theirs, mine }) => (
          <Stack key={field} $gap="xxs" role="group" aria-label={t(`fields.${field}`)}>
            <strong>{t(`fields.${field}`)}</strong>
            <Values $columns="auto minmax(0, 1fr)">
              <dt>{t('conflict.theirs')}</dt>
              <dd>
                <FieldValue name={field} value={theirs} />
              </dd>
              <dt>{t('conflict.mine')}</dt>
              <dd>
                <FieldValue name={field} value={mine} />
              </dd>
            </Values>
          </Stack>
        ))}
        <Row $gap="xs">
          <Button type="button" size="small" onClick={choosing('mine')}>
            {t('conflict.keepMine')}
          </Button>
          <Button type="button" size="small" onClick={choosing('theirs')}>
            {t('conflict.keepTheirs')}
          </Button>
        </Row>
      </Stack>
    </Alert>
  );
}
