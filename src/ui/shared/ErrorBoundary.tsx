import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** What shows instead of the children once one of them threw while rendering */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a render error inside the place it happened: a message there, never a blank frame. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is where a developer or Zendesk support looks; the agent sees the fallback.
    console.error('Call Logger could not render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
