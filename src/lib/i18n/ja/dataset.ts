import type { AreaOf } from '@/lib/i18n/area'
import type { dataset as en } from '@/lib/i18n/en/dataset'

export const dataset: AreaOf<typeof en> = {
  'dataset.source.bundled': '同梱のデータセット',
  'dataset.source.merged': '{name}（{into}に統合）',

  'dataset.fatal.notJson': 'データセットが正しいJSONではありません：{detail}',
  'dataset.fatal.tooDeep':
    'データセットを読み込めませんでした。入れ子が深すぎるか、ブラウザーで解析するには大きすぎます。',
  'dataset.fatal.notAnObject':
    'データセットは schemaVersion、meta、sources、measures、goods、energy を持つJSONオブジェクトである必要がありますが、このファイルの内容は {found} です。',
  'dataset.fatal.notAnObjectList':
    'データセットは schemaVersion、meta、sources、measures、goods、energy を持つJSONオブジェクトである必要がありますが、このファイルの内容は{count}件のリストです。',
  'dataset.fatal.schemaVersion':
    'このデータセットの schemaVersion は {found} ですが、このダッシュボードが読み込めるのは schemaVersion {supported} です。',
  'dataset.fatal.schemaVersionMissing':
    'このデータセットには schemaVersion がありません。このダッシュボードが読み込めるのは schemaVersion {supported} です。',
  'dataset.fatal.meta':
    'データセットの「meta」ブロック（タイトル、国、基準日、バージョン、ライセンス）が正しくありません。',
  'dataset.fatal.tooManyRecords':
    'データセットには{count}件のレコードがありますが、ダッシュボードが読み込めるのは最大{max}件です。',
  'dataset.fatal.tooManyContainers':
    '「{name}」には{max}個を超えるオブジェクトとリストが含まれています。ダッシュボードが読み込めるのは最大{max}個のため、解析しませんでした。',
  'dataset.fatal.oneJson': 'JSONデータセットは一度に1つずつ開いてください（CSVの表は一緒に開けます）。',
  'dataset.fatal.csvTwice': '{table} の表が2つのファイルにあります。表ごとに1つのファイルを開いてください。',
  'dataset.fatal.csvNotATable':
    '{name} は措置（measures）または品目（goods）の表ではありません。ヘッダー（{header}）に列 {measures}（measures）または {goods}（goods）がありません。',
  'dataset.fatal.csvUnnamedColumn': '{name}：ヘッダーの{column}列目に名前がありません。',
  'dataset.fatal.csvColumnTwice': '{name}：列 {column} がヘッダーに2回あります。',
  'dataset.fatal.csvWithoutDataset':
    'CSVファイルには表が1つだけ含まれます。データセットを表示している間に開くか、JSONデータセットと一緒に開いてください。',
  'dataset.fatal.fileTooLarge':
    '「{name}」のサイズは{size}で、上限の{max}を超えているため読み込んでいません。データセットを分割するか、ダッシュボードに不要な部分を除いてください。',
  'dataset.fatal.filesTooLarge':
    'ファイルの合計サイズは{size}で、上限の{max}を超えているため読み込んでいません。',
  'dataset.fatal.workbook.alone':
    '財務省のワークブックは単独で開いてください。資産凍結リストを置き換えるもので、データセットの表は置き換えません。',
  'dataset.fatal.workbook.notAWorkbook': '{name}はExcelワークブック（.xlsx・.xls）ではありません。',
  'dataset.fatal.workbook.corrupt':
    '{name}をワークブックとして読み込めませんでした。ファイルが破損しているか、途中で切れています（ダウンロードが中断された可能性があります）。',
  'dataset.fatal.workbook.zipEntries':
    'ワークブックの中に{count}個のファイルがあり、上限の{max}個を超えているため開いていません。',
  'dataset.fatal.workbook.zipSize':
    'ワークブックは展開すると{size}になり、上限の{max}を超えるため開いていません。',
  'dataset.fatal.workbook.zipRatio':
    'ワークブックは展開するとサイズの{ratio}倍になり（zip爆弾の疑い）、上限の{max}倍を超えるため開いていません。',
  'dataset.fatal.workbook.noRussiaSheet':
    '{name}には、ロシア関連の資産凍結等の措置の対象者リストのシートがありません。財務省のリストか確認してください。',
  'dataset.fatal.workbook.missingHeader':
    'シート「{sheet}」に「告示日付」の見出し行がないため、列を判別できません。',
  'dataset.fatal.workbook.tooManyRows':
    'ワークブックの行数が{max}行を超えています。読み込めるのは{max}行までです。',

  'dataset.error.network': '{url} に接続できませんでした：{detail}',
  'dataset.error.cors':
    '{url} に接続できませんでした。サイトが応答しないか、他のサイトからのファイルの読み込みを許可していません（CORS）。',
  'dataset.error.http': '{url} を読み込めませんでした。サーバーの応答：{status}',
  'dataset.error.downloadTooLarge': '{url} は上限の{max}を超えたため、ダウンロードを中止しました。',
  'dataset.error.workerStopped':
    'ブラウザーがファイルの読み込みを中止しました（メモリー不足の可能性があります）。小さいファイルを試すか、他のタブを閉じてください。',
  'dataset.error.workerFailed': 'ファイルを処理できませんでした：{detail}',
  'dataset.error.unexpected': '予期しないエラーが発生しました：{detail}',

  'dataset.url.empty': 'データセットのアドレス（https://…）を入力してください。',
  'dataset.url.tooLong': 'アドレスが{count}文字あります。受け付けるのは{max}文字までです。',
  'dataset.url.notAnAddress': '{address} はWebアドレスではありません。',
  'dataset.url.notHttp':
    '{address} は http:// または https:// のアドレスではありません（{protocol} のアドレスは開きません）。',
  'dataset.url.credentials': 'ユーザー名やパスワードを含むアドレスは開きません。',
  'dataset.url.plainHttp':
    '{address} は他のサイトの暗号化されていない http:// のアドレスです。他のサイトのデータセットには https:// が必要です。',

  'dataset.failure.headline.network': 'データセットをダウンロードできませんでした。',
  'dataset.failure.headline.http': 'データセットをダウンロードできませんでした。',
  'dataset.failure.headline.not-json': 'データセットのファイルが破損しています（正しいJSONではありません）。',
  'dataset.failure.headline.not-an-object': 'ファイルがデータセットの形式ではありません。',
  'dataset.failure.headline.schema-version':
    'このダッシュボードでは読み込めない形式バージョンのデータセットです。',
  'dataset.failure.headline.meta': 'データセットの説明ブロックが正しくありません。',
  'dataset.failure.headline.not-csv': 'このダッシュボードで読み込める表のCSVファイルではありません。',
  'dataset.failure.headline.too-large': 'データセットが大きすぎるため開けません。',
  'dataset.failure.headline.worker': 'ファイルを処理できませんでした。',
  'dataset.failure.headline.bad-url': 'このアドレスは開けません。',
  'dataset.failure.headline.workbook': 'ワークブックを開けませんでした。',
  'dataset.failure.headline.unknown': 'データセットを読み込めませんでした。',
  'dataset.failure.title': '{headline}（{label}）',
  'dataset.failure.theLink': 'リンク',
  'dataset.failure.ignoredParam':
    'パラメーター「{param}」を無視しました：{reason}同梱のデータセットを表示しています。',
  'dataset.failure.moreProblems': 'ほか{count}件の問題があります。',
  'dataset.failure.stillShowing': '{kept}を引き続き表示しています。',
  'dataset.retry': '再試行',
  'dataset.retrying': '再試行中…',
  'dataset.useBundled': '代わりに同梱のデータセットを開く',
  'dataset.loading.text': '制裁データセットを読み込み中…',
  'dataset.loading.label': '制裁データセットを読み込み中',

  'dataset.drop.prompt':
    'ここにデータセット（JSON または CSV）か財務省のワークブック（.xlsx・.xls）をドロップ',

  'dataset.report.download': 'レポートをダウンロード',

  'dataset.consistency.mismatches':
    '確認した報告値{checked}件のうち{count}件が、データセットのレコードの合計と異なります。',
  'dataset.consistency.showWhich': '該当する報告値を表示',
  'dataset.notes.title': 'データに関する注記（{count}件）',
  'dataset.notes.records': '関係するレコード：{ids}',
  'dataset.notes.sources': '報告値の出典：',
  'dataset.notes.noSources': '報告値の出典：記載なし。',
  'dataset.consistency.explain':
    '報告された合計は出典のとおりに表示し、修正していません。差異がある場合、多くは出典が異なる範囲（例えばベラルーシの対象者や、データセットにない回の指定）を数えていることによるものです。',
  'dataset.consistency.more': 'ほか{count}件。',
  'dataset.consistency.allMatch': '確認した報告値{count}件はすべてデータセットのレコードの合計と一致します。',
  'dataset.check.total':
    '措置「{measure}」（{date}）は合計を{reported}と報告していますが、各回の追加分の合計は{derived}です（{records}）。',
  'dataset.check.withUnknown': '{total}{unknown}',
  'dataset.check.unknownSize': '規模が報告されていない以前のレコード{count}件：{ids}。',
  'dataset.check.goodsCount':
    '措置「{measure}」は{counted}品目としていますが、その品目行{rows}件の合計は{listed}です。',
  'dataset.check.countrySplit':
    '措置「{measure}」の件数は{counted}ですが、国別の内訳({countries})の合計は{split}です。',
  'dataset.check.unit.persons': '{count}人',
  'dataset.check.unit.organisations': '{count}団体',
  'dataset.check.unit.items': '{count}品目',
  'dataset.check.unit.categories': '{count}区分',
  'dataset.check.unit.technologies': '{count}技術',
}
