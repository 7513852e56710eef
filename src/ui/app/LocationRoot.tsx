import { Dots } from '@zendeskgarden/react-loaders';
import { Suspense } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Notice } from '../shared/Notice';
import { LOCATION_ROOTS } from './locations';

/** The root of the Zendesk place the app was opened in, or a word that the app has none there. */
export function LocationRoot({ location }: { location: string }) {
  const { t } = useI18n();
  const Root = Object.hasOwn(LOCATION_ROOTS, location) ? LOCATION_ROOTS[location] : undefined;
  if (Root === undefined)
    return (
      <Notice
        type="info"
        title={t('app.unknownLocation.title')}
        body={t('app.unknownLocation.body', { location: location || '—' })}
      />
    );
  return (
    <Suspense fallback={<Dots aria-label={t('app.loading')} role="img" />}>
      <Root />
    </Suspense>
  );
}
