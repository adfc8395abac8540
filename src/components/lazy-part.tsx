import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react'

import { PanelBoundary } from '@/components/panel-boundary'
import { useI18n } from '@/state/use-i18n'

/** A part of the page whose code loads when it is first shown (or before, with prefetch). */
export interface LazyPart<P extends object> {
  Part: ComponentType<P>
  /** Fetches the code now (in idle time after start-up, say), so that showing the part waits for nothing. */
  prefetch: () => Promise<unknown>
}

interface LazyPartOptions {
  /** For the console, when the part fails: "goods", "cite". */
  name: string
  /** Shown while the code loads; none: the host's own <Suspense> shows its placeholder. */
  fallback?: ReactNode
  /**
   * How a failure to load is said. 'inline' (default): in the part's place, with Try again. 'dialog': in
   * a modal dialog of its own, for a part that is a dialog (its host would otherwise show nothing).
   */
  failure?: 'inline' | 'dialog'
}

type Loaded<P> = { default: ComponentType<P> }

/** The address of the chunk a failed dynamic import names (Chromium and Firefox say it; Safari does not). */
export function failedChunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error)
  return /\bhttps?:\/\/\S+?\.m?js\b/.exec(message)?.[0] ?? null
}

/**
 * A component whose code is fetched on demand, made to fail well. React.lazy alone keeps a failed fetch
 * (offline, or a chunk gone after a new release) for ever, and throws it to the nearest error boundary:
 * a dialog whose chunk could not load took the whole dashboard down, and its Try again failed again.
 * Here the failure is said where the part is (or in a dialog of its own), and Try again fetches anew.
 * `load` imports the module; `key` names the component it exports.
 */
export function lazyPart<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  key: K,
  { name, fallback, failure = 'inline' }: LazyPartOptions,
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  let retries = 0
  let importAgain: (() => Promise<Record<K, ComponentType<P>>>) | null = null
  const fetchPart = (): Promise<ComponentType<P>> => {
    pending ??= (importAgain ?? load)().then(
      (module) => (loaded = module[key]),
      (error: unknown) => {
        // The failed attempt stays until its failure has been shown: React renders a part that never
        // mounted afresh after a failure, and a fresh attempt there fetched again, for ever. After that,
        // the next attempt (Try again, or the dialog opened again once back online) fetches anew instead
        // of reading the failure React.lazy keeps. The browser keeps a failed module address failed for
        // the page's life (Chromium 150 does not ask again), so it asks at a new address.
        pending = null
        const url = failedChunkUrl(error)
        if (url !== null) {
          retries += 1
          const again = `${url}?retry=${retries}`
          importAgain = () => import(/* @vite-ignore */ again) as Promise<Record<K, ComponentType<P>>>
        }
        throw error
      },
    )
    return pending
  }
  // Code already fetched is handed over at once (a thenable that calls back synchronously, which React
  // reads in the same render), so a prefetched part shows in the frame its host asked for it.
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() => {
      const have = loaded
      if (have === null) return fetchPart().then((component) => ({ default: component }))
      return { then: (resolve: (value: Loaded<P>) => void) => resolve({ default: have }) } as Promise<
        Loaded<P>
      >
    })
  /** The attempt a part mounting now uses: one shared by all, until its failure has been shown. */
  let next = makeLazy()
  let failureShown = false
  const attempt = () => {
    if (failureShown) {
      failureShown = false
      next = makeLazy()
    }
    return next
  }
  const onFailureShown = () => {
    failureShown = true
  }

  function Part(props: P) {
    const [Lazy, setLazy] = useState(attempt)
    const retry = () => setLazy(attempt)
    const content = <Lazy {...props} />
    const onClose = (props as { onClose?: () => void }).onClose
    return (
      <PanelBoundary
        name={name}
        onRetry={retry}
        fallback={(error, reset) => {
          // Only a failure to fetch the code is said here; an error of the part itself goes on to the
          // boundary around it (a panel's says which panel failed), as it would without lazyPart.
          if (loaded !== null) throw error
          // The browser's own words, inside ours: "(Importing a module script failed)".
          const why = error.message.replace(/\.$/, '')
          return failure === 'dialog' ? (
            <PartFailureDialog error={why} onRetry={reset} onClose={onClose} onShown={onFailureShown} />
          ) : (
            <PartFailure error={why} onRetry={reset} onShown={onFailureShown} />
          )
        }}
      >
        {fallback === undefined ? content : <Suspense fallback={fallback}>{content}</Suspense>}
      </PanelBoundary>
    )
  }
  Part.displayName = `LazyPart(${name})`
  return { Part, prefetch: () => fetchPart().catch(() => undefined) }
}

/** A part's code could not be fetched: said in its place. */
function PartFailure({
  error,
  onRetry,
  onShown,
}: {
  error: string
  onRetry: () => void
  onShown: () => void
}) {
  const { t } = useI18n()
  useEffect(onShown, [onShown])
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('part.notLoaded', { error })}</p>
      <button type="button" onClick={onRetry}>
        {t('panel.retry')}
      </button>
    </div>
  )
}

/** A dialog's code could not be fetched: said in a modal dialog, where the reader was looking. */
function PartFailureDialog({
  error,
  onRetry,
  onClose,
  onShown,
}: {
  error: string
  onRetry: () => void
  onClose: (() => void) | undefined
  onShown: () => void
}) {
  const { t } = useI18n()
  useEffect(onShown, [onShown])
  const ref = useRef<HTMLDialogElement>(null)
  const textId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog !== null && !dialog.open) dialog.showModal?.()
  }, [])
  return (
    <dialog ref={ref} className="part-failure" aria-labelledby={textId} onClose={onClose}>
      <p id={textId} role="alert">
        {t('part.notLoaded', { error })}
      </p>
      <div className="button-row">
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
        <button type="button" onClick={() => (onClose === undefined ? ref.current?.close() : onClose())}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  )
}
