import { clipMiddle } from '@/data/load/dataset-source'
import { cancelOpen, useJobProgress, type LoadJob } from '@/features/dataset-source/loader-store'
import {
  isOpenEnded,
  phaseName,
  progressShare,
  progressWords,
} from '@/features/dataset-source/progress-words'
import { useI18n } from '@/state/use-i18n'
import '@/features/dataset-source/dataset-source.css'

interface LoadProgressProps {
  job: LoadJob
  /**
   * What Cancel leaves on screen, as a sentence ("Cancel keeps the bundled dataset."). By default, for the
   * link's dataset (nothing else on screen yet), that Cancel opens the bundled dataset instead.
   */
  cancelNote?: string
}

/**
 * A loading job: what it is doing, a progress bar and Cancel. The page stays usable meanwhile. Only the
 * phase is a live region; the numbers change ten times a second and would drown a screen reader.
 */
export function LoadProgress({ job, cancelNote }: LoadProgressProps) {
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
  const cancel = cancelNote ?? t('dataset.progress.cancelOpensBundled')
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
