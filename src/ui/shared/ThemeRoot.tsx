import { DEFAULT_THEME, ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import type { IGardenTheme } from '@zendeskgarden/react-theming';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { createGlobalStyle } from 'styled-components';
import type { ColorScheme } from '../../zaf/types';

// The iframe's document has no font or background of its own: Garden's theme gives both.
const GlobalStyle = createGlobalStyle`
  :root {
    color-scheme: ${({ theme }) => theme.colors.base};
  }
  body {
    margin: 0;
    background-color: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
    font-family: ${({ theme }) => theme.fonts.system};
    font-size: ${({ theme }) => theme.fontSizes.md};
    line-height: ${({ theme }) => theme.lineHeights.md};
    overflow-wrap: anywhere;
  }
`;

export function ThemeRoot({ scheme, children }: { scheme: ColorScheme; children: ReactNode }) {
  const theme = useMemo<IGardenTheme>(
    () => ({ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } }),
    [scheme],
  );
  return (
    <ThemeProvider theme={theme}>
      <GlobalStyle />
      {children}
    </ThemeProvider>
  );
}
