import { Dots } from '@zendeskgarden/react-loaders';
import { Suspense, useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { LOCATION_READS } from '../../zaf/locationReads';
import { useZafReady } from '../../zaf/ZafProvider';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { Notice } from '../shared/Notice';
import { LocationCrashed } from './LocationCrashed';
import { LOCATION_HEAD_STARTS, LOCATION_ROOTS } from './locations';

/** The root of the Zendesk place the app was opened in, or a word that the app has none there. */
export function LocationRoot({ location }: { location: string }) {
  const { t } = useI18n();
  const { client, context } = useZafReady();
  useEffect(() => {
    const read = Object.hasOwn(LOCATION_READS, location) ? LOCATION_READS[location] : undefined;
    // The location's get goes out while its code loads, not after: the root reads the same answer.
    read?.(client).catch(() => {
      // The root asks again when it mounts, and says so if that fails too.
    });
    if (Object.hasOwn(LOCATION_HEAD_STARTS, location)) LOCATION_HEAD_STARTS[location]?.(client, context);
  }, [client, context, location]);
  const Root = Object.hasOwn(LOCATION_ROOTS, location) ? LOCATION_ROOTS[location] : undefined;
  if (Root === undefined)
    return (
      <Notice
        type="info"
        title={t('shell.unknownLocation.title')}
        body={t('shell.unknownLocation.body', { location: location || '—' })}
      />
    );
  // A render error, or a chunk that failed to load, stays a message in this place: never a blank frame.
  return (
    <ErrorBoundary fallback={<LocationCrashed />}>
      <Suspense fallback={<Dots aria-label={t('shell.loading')} role="img" />}>
        <Root />
      </Suspense>
    </ErrorBoundary>
  );
}
