import type { IGardenTheme } from '@zendeskgarden/react-theming';
import 'styled-components';

declare module 'styled-components' {
  // Declaration merging: styled components see Garden's theme, typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends IGardenTheme {}
}
