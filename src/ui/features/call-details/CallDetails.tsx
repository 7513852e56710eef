import { Button } from '@zendeskgarden/react-buttons';
import { LG, MD } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { CallRecord } from '../../../calls/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { Row, Stack, TermList } from '../../shared/layout';
import { ViewHeading } from '../../shared/ViewHeading';
import { DirectionLabel } from '../../shared/DirectionLabel';
import { StatusTag } from '../../shared/StatusTag';
import { detailSections } from './detailSections';
import type { DetailSectionId } from './detailSections';
import { FieldValue } from '../../shared/FieldValue';

/** Groups a dt with its dd without adding a box, so the grid lines them up. */
const Entry = styled.div`
  display: contents;
`;

function SectionTitle({ id }: { id: DetailSectionId }) {
  const { t } = useI18n();
  const title =
    id === 'other' ? t('details.otherFields') : id === 'record' ? t('details.recordFields') : t(`groups.${id}`);
  return (
    <MD tag="h3" isBold>
      {title}
    </MD>
  );
}

function fieldLabel(name: string, { t, has }: ReturnType<typeof useI18n>): string {
  const key = `fields.${name}`;
  return has(key) ? t(key) : name;
}

/** Every stored field of one call, grouped; the way to update it. */
export function CallDetails({
  call,
  onBack,
  onUpdate,
  live = null,
}: {
  call: CallRecord;
  onBack: () => void;
  onUpdate: () => void;
  /** A live call's clock and buttons, or its wrap-up, from the location */
  live?: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [showEmpty, setShowEmpty] = useState(false);
  const sections = detailSections(call, showEmpty);

  return (
    <Stack $gap="md">
      <div>
        <Button size="small" isLink onClick={onBack}>
          ← {t('details.back')}
        </Button>
      </div>
      <Row $gap="xs">
        <ViewHeading>
          <LG tag="span" isBold>
            <DirectionLabel direction={call.direction} />
          </LG>
        </ViewHeading>
        <StatusTag call={call} />
      </Row>
      {live}
      <Row $gap="xs">
        <Button size="small" isPrimary onClick={onUpdate}>
          {t('details.update')}
        </Button>
        <Button
          size="small"
          aria-pressed={showEmpty}
          onClick={() => {
            setShowEmpty(!showEmpty);
          }}
        >
          {showEmpty ? t('details.hideEmpty') : t('details.showEmpty')}
        </Button>
      </Row>
      {sections.map((section) => (
        <Stack as="section" key={section.id} $gap="xs">
          <SectionTitle id={section.id} />
          <TermList $columns="minmax(0, 2fr) minmax(0, 3fr)">
            {section.fields.map(({ name, value }) => (
              <Entry key={name}>
                <dt>{fieldLabel(name, i18n)}</dt>
                <dd>
                  <FieldValue name={name} value={value} />
                </dd>
              </Entry>
            ))}
          </TermList>
        </Stack>
      ))}
    </Stack>
  );
}
