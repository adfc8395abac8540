import { clipMiddle } from '@/data/load/dataset-source'
import { cancelOpen, useJobProgress, type LoadJob } from '@/features/dataset-source/loader-store'
import {
  isOpenEnded,
  phaseName,
  progressShare,
  progressWords,
} from '@/features/dataset-source/progress-words'
import { opening as words } from '@/lib/i18n/en/opening'
import { englishArea } from '@/lib/i18n/messages-en'
import { useI18n } from '@/state/use-i18n'
import '@/features/dataset-source/dataset-source.css'

// Loaded when a dataset is being opened: its words come with it (opening-parts.tsx).
englishArea(words)

interface LoadProgressProps {
  job: LoadJob
  /**
   * What Cancel leaves on screen, in words ("the bundled dataset"). None, for the link's dataset (nothing
   * else on screen yet): Cancel opens the bundled dataset instead.
   */
  kept?: string
}

/**
 * A loading job: what it is doing, a progress bar and Cancel. The page stays usable meanwhile. Only the
 * phase is a live region; the numbers change ten times a second and would drown a screen reader.
 */
export function LoadProgress({ job, kept }: LoadProgressProps) {
  const { t, parts, fmt } = useI18n()
  const progress = useJobProgress((s) => s.progress)
  const share = progressShare(progress)
  const words = progressWords(t, progress)
  const label = t('dataset.progress.label', { name: clipMiddle(job.label, 60) })
  const status =
    share !== null
      ? t('dataset.progress.withShare', { words, percent: fmt.percent(Math.floor(share * 100), 0) })
      : isOpenEnded(progress)
        ? words
        : t('dataset.progress.sentence', { words })
  const cancel =
    kept === undefined
      ? t('dataset.progress.cancelOpensBundled')
      : t('dataset.progress.cancelKeeps', { kept })
  return (
    <section className="notice load-progress" aria-label={label}>
      <p className="load-progress-title" role="status">
        {parts('dataset.progress.title', {
          name: <strong key="name">{clipMiddle(job.label)}</strong>,
          phase: phaseName(t, progress),
        })}
      </p>
      <div className="load-progress-row">
        <progress aria-label={label} {...(share === null ? {} : { value: share, max: 1 })} />
        <button type="button" onClick={cancelOpen}>
          {t('common.cancel')}
        </button>
      </div>
      <p className="muted">{t('dataset.progress.note', { status, cancel })}</p>
    </section>
  )
}
