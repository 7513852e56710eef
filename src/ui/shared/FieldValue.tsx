import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { useState } from 'react';
import styled from 'styled-components';
import { CALL_FIELDS, isCallFieldName } from '../../calls/fields';
import { useI18n } from '../../i18n/I18nProvider';
import type { I18n } from '../../i18n/I18nProvider';

/** A transcript longer than this is folded until the agent asks for all of it. */
export const FOLD_AFTER_CHARACTERS = 280;

const PlainText = styled.span`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/** The whole of a long text scrolls inside a box, so a 1 MB transcript never makes a million-pixel page. */
const ScrollBox = styled.div`
  max-height: ${({ theme }) => theme.space.base * 80}px;
  overflow: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

function LongText({ text }: { text: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const foldable = text.length > FOLD_AFTER_CHARACTERS;
  if (!foldable) return <PlainText>{text}</PlainText>;
  // The toggle sits above the text, so "Show less" is reachable without scrolling to the end.
  return (
    <>
      <div>
        <Button
          size="small"
          isLink
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? t('details.showLess') : t('details.showMore')}
        </Button>
      </div>
      {open ? (
        <ScrollBox tabIndex={0} role="region" aria-label={t('details.wholeText')}>
          {text}
        </ScrollBox>
      ) : (
        <PlainText>{`${text.slice(0, FOLD_AFTER_CHARACTERS).trimEnd()}…`}</PlainText>
      )}
    </>
  );
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}

/** Known values in words; a value Zendesk added later as it came. */
function enumLabel(name: string, value: string, { t, has }: I18n): string {
  const key = `values.${name}.${value}`;
  return has(key) ? t(key) : value;
}

const TIMESTAMP_FIELDS = new Set(['created_at', 'updated_at']);

/** A stored value as the agent reads it: times in their zone, durations in words, links only when safe. */
export function FieldValue({ name, value }: { name: string; value: unknown }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const kind = isCallFieldName(name) ? CALL_FIELDS[name].type.kind : TIMESTAMP_FIELDS.has(name) ? 'timestamp' : null;

  if (value === null || value === undefined || value === '') return <>{t('details.noValue')}</>;
  if (typeof value === 'boolean') return <>{value ? t('details.yes') : t('details.no')}</>;
  if (typeof value === 'number') {
    return <>{kind === 'duration' ? `${format.duration(value)} (${format.number(value)} s)` : String(value)}</>;
  }
  if (typeof value !== 'string') return <PlainText>{JSON.stringify(value, null, 2)}</PlainText>;

  switch (kind) {
    case 'timestamp':
      return <time dateTime={value}>{format.dateTime(value)}</time>;
    case 'url':
      return isHttpUrl(value) ? (
        <Anchor href={value} isExternal externalIconLabel={t('details.opensInNewTab')}>
          {value}
        </Anchor>
      ) : (
        <>{value}</>
      );
    case 'longText':
      return <LongText text={value} />;
    case 'enum':
      return <>{enumLabel(name, value, i18n)}</>;
    default:
      return <>{value}</>;
  }
}
