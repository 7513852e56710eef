import { getColor } from '@zendeskgarden/react-theming';
import styled from 'styled-components';
import type { CalloutProps } from './Callout';

// Garden's names for the callout types' border colours.
const BORDER: Record<CalloutProps['type'], string> = {
  success: 'border.successEmphasis',
  warning: 'border.warningEmphasis',
  error: 'border.dangerEmphasis',
  info: 'border.primaryEmphasis',
};

const Box = styled.div<{ $type: CalloutProps['type'] }>`
  border: ${({ theme }) => theme.borders.sm};
  border-color: ${({ theme, $type }) => getColor({ theme, variable: BORDER[$type] })};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.sm};
`;

const Title = styled.strong`
  display: block;
`;

/** The callout's words when its chunk could not load (the network is down): the message must still show. */
export function CalloutFallback({ type, title, role, label, children }: CalloutProps) {
  return (
    <Box $type={type} role={role} aria-label={label}>
      {title === undefined ? null : <Title>{title}</Title>}
      {children}
    </Box>
  );
}
