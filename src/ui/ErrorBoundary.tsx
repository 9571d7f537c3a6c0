/**
 * Keeps one failing panel from blanking the page: the rest of the app goes on, and the reader sees
 * a plain sentence saying which part failed (role="alert"), with the error's message as text.
 */
import { Component, type ContextType, type ReactNode } from 'react';
import { TranslateContext } from '../i18n/useT';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** What this part of the page is, for the message ("The quote panel"). */
  name: string;
  children: ReactNode;
  /** Changing this key clears a caught error (e.g. a new selection). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  key: unknown;
}

/** An error boundary around one panel. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  static override contextType = TranslateContext;
  declare context: ContextType<typeof TranslateContext>;
  override state: State = { error: null, key: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null;
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded-md border border-accent bg-surface p-4 text-sm">
        <p className="font-semibold">{this.context('boundary.failed', { part: this.props.name })}</p>
        <p className="mt-1 text-muted">{this.state.error.message}</p>
      </div>
    );
  }
}
