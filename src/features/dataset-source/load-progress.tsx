import { clipMiddle } from '@/data/dataset-source'
import { cancelOpen, useJobProgress, type LoadJob } from '@/features/dataset-source/loader-store'
import { phaseName, progressShare, progressWords } from '@/features/dataset-source/progress-words'
import '@/features/dataset-source/dataset-source.css'

interface LoadProgressProps {
  job: LoadJob
  /** What Cancel leaves on screen, as a sentence ("Cancel keeps the bundled dataset."). */
  cancelNote: string
}

/**
 * A loading job: what it is doing, a progress bar and Cancel. The page stays usable meanwhile. Only the
 * phase is a live region; the numbers change ten times a second and would drown a screen reader.
 */
export function LoadProgress({ job, cancelNote }: LoadProgressProps) {
  const progress = useJobProgress((s) => s.progress)
  const share = progressShare(progress)
  const words = progressWords(progress)
  return (
    <section className="notice load-progress" aria-label={`Opening ${clipMiddle(job.label, 60)}`}>
      <p className="load-progress-title" role="status">
        Opening <strong>{clipMiddle(job.label)}</strong>: {phaseName(progress)}
      </p>
      <div className="load-progress-row">
        <progress
          aria-label={`Opening ${clipMiddle(job.label, 60)}`}
          {...(share === null ? {} : { value: share, max: 1 })}
        />
        <button type="button" onClick={cancelOpen}>
          Cancel
        </button>
      </div>
      <p className="muted">
        {words}
        {share === null ? '' : ` (${Math.floor(share * 100)}%)`}
        {words.endsWith('…') ? ' ' : '. '}
        {cancelNote}
      </p>
    </section>
  )
}
