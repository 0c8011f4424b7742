import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead; defaults to a full-window message with a reload button. */
  fallback?: (error: Error) => ReactNode;
}

/** Catches a render crash so one broken part doesn't blank the whole window. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Lectern UI error:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error);
    return (
      <main className="connection-error">
        <div className="state-panel state-error" role="alert">
          <p className="state-title">Something went wrong in Lectern’s window</p>
          <p className="state-reason">{error.message}</p>
          <p>Your highlights and notes are saved as you make them. Reloading usually fixes this.</p>
          <button type="button" className="button" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      </main>
    );
  }
}
