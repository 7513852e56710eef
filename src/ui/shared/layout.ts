import type { IGardenTheme } from '@zendeskgarden/react-theming';
import styled from 'styled-components';

type Space = keyof Omit<IGardenTheme['space'], 'base'>;

/** Children one under the other, `gap` apart: the sidebar's only layout. */
export const Stack = styled.div<{ $gap?: Space }>`
  display: flex;
  flex-direction: column;
  gap: ${({ theme, $gap = 'sm' }) => theme.space[$gap]};
  min-width: 0;
`;

/** Children side by side, wrapping when the sidebar is narrow. */
export const Row = styled.div<{ $gap?: Space; $align?: 'center' | 'baseline' | 'end' }>`
  display: flex;
  flex-wrap: wrap;
  align-items: ${({ $align = 'center' }) => $align};
  gap: ${({ theme, $gap = 'xs' }) => theme.space[$gap]};
  min-width: 0;
`;

/** The app's padding inside the sidebar. */
export const Page = styled(Stack)`
  padding: ${({ theme }) => theme.space.sm};
`;
