/**
 * Country names as they appear in the lists' addresses and nationality cells, with their ISO 3166
 * alpha-2 codes. Only what the lists name: a place the table does not know gives null, never a guess.
 */
const COUNTRIES: readonly (readonly [string, readonly string[]])[] = [
  ['RU', ['Russian Federation', 'Russia', 'ロシア連邦', 'ロシア']],
  ['BY', ['Belarus', 'ベラルーシ']],
  ['UA', ['Ukraine', 'ウクライナ']],
  ['CN', ["People's Republic of China", 'China', 'PRC', '中華人民共和国', '中国']],
  ['HK', ['Hong Kong', '香港']],
  ['MO', ['Macau', 'Macao', 'マカオ']],
  ['TW', ['Taiwan', '台湾']],
  ['TR', ['Türkiye', 'Turkiye', 'Turkey', 'トルコ']],
  ['AE', ['United Arab Emirates', 'UAE', 'U.A.E.', 'アラブ首長国連邦']],
  ['KG', ['Kyrgyzstan', 'Kyrgyz Republic', 'キルギス']],
  ['KZ', ['Kazakhstan', 'カザフスタン']],
  ['UZ', ['Uzbekistan', 'ウズベキスタン']],
  ['TJ', ['Tajikistan', 'タジキスタン']],
  ['AM', ['Armenia', 'アルメニア']],
  ['AZ', ['Azerbaijan', 'アゼルバイジャン']],
  ['GE', ['Georgia', 'ジョージア']],
  ['TH', ['Thailand', 'タイ王国']],
  ['IN', ['India', 'インド']],
  ['IR', ['Iran', 'イラン']],
  ['SY', ['Syria', 'Syrian Arab Republic', 'シリア']],
  ['RS', ['Serbia', 'セルビア']],
  ['SG', ['Singapore', 'シンガポール']],
  ['MY', ['Malaysia', 'マレーシア']],
  ['KP', ["Democratic People's Republic of Korea", 'DPRK', 'North Korea', '北朝鮮']],
  ['SC', ['Seychelles', 'セーシェル']],
  ['MH', ['Marshall Islands', 'マーシャル諸島']],
  ['CY', ['Cyprus', 'キプロス']],
  ['CH', ['Switzerland', 'スイス']],
  ['DE', ['Germany', 'ドイツ']],
  ['GB', ['United Kingdom', 'イギリス', '英国']],
  ['LV', ['Latvia', 'ラトビア']],
  ['EE', ['Estonia', 'エストニア']],
  ['MN', ['Mongolia', 'モンゴル']],
  ['VN', ['Vietnam', 'Viet Nam', 'ベトナム']],
  ['PK', ['Pakistan', 'パキスタン']],
  ['EG', ['Egypt', 'エジプト']],
  ['VG', ['British Virgin Islands', '英領バージン諸島']],
  ['PA', ['Panama', 'パナマ']],
  ['LR', ['Liberia', 'リベリア']],
  ['KM', ['Comoros', 'コモロ']],
  ['GA', ['Gabon', 'ガボン']],
  ['BZ', ['Belize', 'ベリーズ']],
  ['MD', ['Moldova', 'モルドバ']],
]

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const MATCHERS = COUNTRIES.map(([code, names]) => ({
  code,
  // Latin names as whole words, so "Russian Federation" and "Georgia" are not found inside other words.
  pattern: new RegExp(
    names
      .map((name) =>
        /^[\x20-\x7e]+$/.test(name) ? `(?<![A-Za-z])${escape(name)}(?![A-Za-z])` : escape(name),
      )
      .join('|'),
    'u',
  ),
}))

/** The ISO codes of every country named in the text, in table order. */
export function countriesIn(text: string): string[] {
  // "Hong Kong, China" and "Macau, China" name one place: the region, which has its own ISO code.
  const places = text.replace(/(Hong Kong|Macau|Macao)(?:\s*SAR)?,?\s*(?:People's Republic of )?China/g, '$1')
  return MATCHERS.filter(({ pattern }) => pattern.test(places)).map(({ code }) => code)
}

/** The one country a text names; null when it names none or several. */
export function countryOf(text: string | null): string | null {
  if (text === null) return null
  const found = countriesIn(text)
  return found.length === 1 ? (found[0] ?? null) : null
}
