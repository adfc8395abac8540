import { Component, type ErrorInfo, type ReactNode } from 'react'

import { useI18n } from '@/state/use-i18n'

interface PanelBoundaryProps {
  name: string
  children: ReactNode
  /** What to show instead of the failed part; by default, a message in its place with Try again. */
  fallback?: (error: Error, retry: () => void) => ReactNode
  /** Called on Try again, before the part renders anew (a lazy part fetches its code again). */
  onRetry?: () => void
}

interface PanelBoundaryState {
  error: Error | null
}

/** Keeps a failure inside one panel: the rest of the page goes on working. */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): PanelBoundaryState {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (error === null) return this.props.children
    const retry = () => {
      this.props.onRetry?.()
      this.setState({ error: null })
    }
    if (this.props.fallback !== undefined) return this.props.fallback(error, retry)
    return <PanelFailure name={this.props.name} error={error.message} onRetry={retry} />
  }
}

/** A function component, so the message can use the reader's language (hooks don't run in classes). */
function PanelFailure({ name, error, onRetry }: { name: string; error: string; onRetry: () => void }) {
  const { t } = useI18n()
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('panel.failed', { name, error })}</p>
      <button type="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  )
}
