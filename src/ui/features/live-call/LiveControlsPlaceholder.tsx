import { Skeleton } from '@zendeskgarden/react-loaders';
import { useTheme } from 'styled-components';
import { Stack } from '../../shared/layout';

/**
 * Holds a live call's place while its code loads, as tall as what comes (a
 * line for the clock over a row of small buttons; or the wrap-up), so the
 * card does not jump when it arrives.
 */
export function LiveControlsPlaceholder({ wrapUp = false }: { wrapUp?: boolean }) {
  const theme = useTheme();
  if (wrapUp) return <Skeleton height="120px" aria-hidden="true" />;
  return (
    <Stack $gap="xs" aria-hidden="true" data-testid="live-controls-placeholder">
      <Skeleton width="25%" height={theme.lineHeights.sm} />
      {/* Garden's small buttons are eight base units tall. */}
      <Skeleton width="50%" height={`${theme.space.base * 8}px`} />
    </Stack>
  );
}
