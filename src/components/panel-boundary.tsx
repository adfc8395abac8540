import { Component, type ErrorInfo, type ReactNode } from 'react'

interface PanelBoundaryProps {
  name: string
  children: ReactNode
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
    if (this.state.error === null) return this.props.children
    return (
      <div role="alert" className="notice notice-error">
        <p>
          The {this.props.name} panel could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
