import type { Designation } from '@/data/official/designation'
import { useI18n } from '@/state/use-i18n'

import { LIST_KEYS } from './list-names'

/** One listed party: its names in both languages, where it is listed and since when, and the file it comes from. */
export function ListedResult({ designation: d }: { designation: Designation }) {
  const { t, fmt, locale } = useI18n()
  const [first, second] = locale === 'ja' ? [d.nameJa, d.nameEn] : [d.nameEn, d.nameJa]
  const name = first ?? second
  return (
    <li className="listed-result">
      <p className="listed-name">
        {name === null ? t('listed.unnamed') : <span lang={name === d.nameJa ? 'ja' : 'en'}>{name}</span>}
        {first !== null && second !== null ? (
          <span className="listed-other-name" lang={second === d.nameJa ? 'ja' : 'en'}>
            {second}
          </span>
        ) : null}
      </p>
      <p className="listed-where">
        {t('listed.entry', { list: t(LIST_KEYS[d.list]), entry: String(d.entry) })}
        {d.designated === null ? null : ` · ${t('listed.designated', { date: fmt.date(d.designated) })}`}
        {d.revised.length === 0
          ? null
          : ` · ${t('listed.revised', { dates: fmt.list(d.revised.map((r) => fmt.date(r))) })}`}
        {d.delisted === null ? null : (
          <strong className="listed-delisted-mark">{` · ${t('listed.delisted', { date: fmt.date(d.delisted) })}`}</strong>
        )}
        {d.country === null ? null : ` · ${d.country}`}
      </p>
      {d.aliases.length === 0 ? null : (
        <p className="listed-detail">{t('listed.aliases', { aliases: d.aliases.join('; ') })}</p>
      )}
      {d.title === null ? null : <p className="listed-detail">{d.title}</p>}
      {d.birthDate === null ? null : (
        <p className="listed-detail">
          {t('listed.born', {
            date: /^\d{4}-\d\d-\d\d$/.test(d.birthDate) ? fmt.date(d.birthDate) : d.birthDate,
            place: d.birthPlace ?? '—',
          })}
        </p>
      )}
      {d.address === null ? null : (
        <p className="listed-detail">{t('listed.address', { address: d.address })}</p>
      )}
      <p className="listed-source">
        {t('listed.sourceLead')}{' '}
        <a href={d.source.url} rel="noopener noreferrer" target="_blank">
          {t('listed.source', {
            publisher: d.source.publisher,
            file: d.source.file,
            asOf: d.source.asOf === null ? '—' : fmt.date(d.source.asOf),
          })}
        </a>
      </p>
    </li>
  )
}
