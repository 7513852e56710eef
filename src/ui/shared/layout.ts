import { getColor } from '@zendeskgarden/react-theming';
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

/** Terms beside their values in a grid of two columns (`$columns`), the terms quiet. */
export const TermList = styled.dl<{ $columns: string }>`
  display: grid;
  grid-template-columns: ${({ $columns }) => $columns};
  gap: ${({ theme }) => `${theme.space.xxs} ${theme.space.sm}`};
  margin: 0;

  dt {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  }

  dd {
    margin: 0;
  }
`;
