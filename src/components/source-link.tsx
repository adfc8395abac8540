import { useMemo, type ReactNode } from 'react'

import { safeHttpUrl } from '@/lib/safe-url'

interface SourceLinkProps {
  url: string
  children: ReactNode
}

/** An external link to a source; a URL that is not http(s) is shown as plain text, never as a link. */
export function SourceLink({ url, children }: SourceLinkProps) {
  // Parsing a URL on every render cost a goods search ~0.2 ms per row in view.
  const href = useMemo(() => safeHttpUrl(url), [url])
  if (href === null) return <span>{children}</span>
  return (
    <a className="source-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
