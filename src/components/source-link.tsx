import type { ReactNode } from 'react'

import { safeHttpUrl } from '@/lib/safe-url'

interface SourceLinkProps {
  url: string
  children: ReactNode
}

/** An external link to a source; a URL that is not http(s) is shown as plain text, never as a link. */
export function SourceLink({ url, children }: SourceLinkProps) {
  const href = safeHttpUrl(url)
  if (href === null) return <span>{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
