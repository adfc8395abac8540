import type { AreaOf } from '@/lib/i18n/area'
import type { dataset as en } from '@/lib/i18n/en/dataset'

export const dataset: AreaOf<typeof en> = {
  'dataset.source.bundled': '同梱のデータセット',
  'dataset.source.merged': '{name}（{into}に統合）',
  'problem.line': '{place}、フィールド {field}：期待される値は{expected}、実際の値は{got}',
  'problem.place.record': '{collection}[{index}]',
  'problem.place.recordWithId': '{collection}[{index}]（id "{id}"）',
  'problem.place.document': 'データセット全体',
  'problem.field.path': '{path}',
  'problem.field.pathMore': '{path} ほか{count}件',
  'problem.field.record': '（レコード全体）',
  'problem.field.list': '（リスト全体）',
  'problem.field.row': '（行）',
  'problem.expected.string': '文字列',
  'problem.expected.number': '数値',
  'problem.expected.int': '整数',
  'problem.expected.boolean': 'true または false',
  'problem.expected.designationsVersion':
    'schemaVersion 4 のデータセットでのみ使える指定対象者（designations）',
  'problem.expected.list': 'リスト',
  'problem.expected.object': 'オブジェクト',
  'problem.expected.null': 'null値',
  'problem.expected.type': '{type}型の値',
  'problem.expected.value': '{value}',
  'problem.expected.oneOf': '{values} のいずれか',
  'problem.expected.knownFields': '仕様に定められたフィールドのみ（不明なフィールド：{keys}）',
  'problem.expected.knownFieldsMore':
    '仕様に定められたフィールドのみ（不明なフィールド：{keys} ほか{count}件）',
  'problem.expected.minEntries': '{count}件以上の要素',
  'problem.expected.minChars': '{count}文字以上',
  'problem.expected.above': '{min}より大きい数値',
  'problem.expected.atLeast': '{min}以上の数値',
  'problem.expected.maxEntries': '{count}件以下の要素',
  'problem.expected.maxChars': '{count}文字以内',
  'problem.expected.below': '{max}未満の数値',
  'problem.expected.atMost': '{max}以下の数値',
  'problem.expected.format': '{format}形式の値',
  'problem.expected.other': '検査「{rule}」を満たす値',
  'problem.expected.dateFormat': 'YYYY-MM-DD形式の日付',
  'problem.expected.realDate': '実在する日付',
  'problem.expected.dateBetween': '{from}から{to}までの日付',
  'problem.expected.recordId': '英小文字・数字・「.」「_」「-」からなるID',
  'problem.expected.urlLength': '{max}文字以内のURL',
  'problem.expected.httpUrl': 'http:// または https:// で始まる絶対URL',
  'problem.expected.nonEmptyText': '空でない文字列',
  'problem.expected.localText': '文字列、または "en"・"ja" の少なくとも一方に文字列を持つオブジェクト',
  'problem.expected.englishOrJapanese': '英語または日本語の文字列',
  'problem.expected.sourceIds': '1つ以上の出典ID',
  'problem.expected.count': '0以上の件数',
  'problem.expected.languageTag': '"en" や "ja" のような言語タグ',
  'problem.expected.effectiveAfterAnnounced': '発表日以降の発効日',
  'problem.expected.untilAfterAnnounced': '発表日以降の終了日',
  'problem.expected.countriesOnce': 'byCountry に各国を一度ずつ',
  'problem.expected.unitWithCount': '件数がある場合は単位（persons、organisations、items など）',
  'problem.expected.nameOrUnidentified':
    '名称、または出典に名称のない品目では unidentified: true と name: null',
  'problem.expected.hsCode': '"22.03" や "4401.21" のようなHSコード',
  'problem.expected.countryCode': '{example} のようなISO 3166の国コード',
  'problem.expected.version': '"1.0.0" のようなバージョン',
  'problem.expected.knownSourceIds': '"sources" に記載された出典のID',
  'problem.expected.knownMeasureId': '"measures" に記載された措置のID',
  'problem.expected.uniqueId': '{collection} の他のレコードで使われていないID',
  'problem.expected.csvRow': 'ヘッダーと同じ{count}セルからなる正しいCSV行',
  'problem.got.missing': 'なし（フィールドがありません）',
  'problem.got.value': '{value}',
  'problem.got.list': '{count}件のリスト',
  'problem.got.object': 'オブジェクト',
  'problem.got.unknownField': '不明なフィールド',
  'problem.got.unknownSourceIds': '不明な出典ID {ids}',
  'problem.got.unknownSourceIdsMore': '不明な出典ID {ids} ほか{count}件',
  'problem.got.unknownMeasureId': '不明な措置ID {id}',
  'problem.got.schemaVersion': 'schemaVersion {version} のデータセット（指定対象者は読み込んでいません）',
  'problem.got.duplicateId': 'ID {id} の2件目のレコード',
  'problem.got.csvRowCells': '{count}セル',
  'problem.got.csvRowMissingQuotes': '{count}セル（引用符が閉じられていません）',
  'problem.got.csvRowInvalidQuotes': '{count}セル（引用符の位置が正しくありません）',

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

  'dataset.open.title': 'データセットを開く',
  'dataset.open.intro':
    'データセット形式のJSONファイル、または措置・品目のCSVの表（表示中のデータセットの同じ表を置き換えます）。最大{max}。ページのどこにでもファイルをドラッグ＆ドロップして開くこともできます。ファイルはこのブラウザー内でのみ読み込まれ、アップロードはされません。',
  'dataset.open.workbook':
    '財務省が公表する資産凍結等の措置の対象者リスト（.xlsx・.xls）もそのまま開けます。「対象者の検索」とタイムラインでは、同梱のリストの代わりにそのリストを使います。報道に基づく記録はそのまま残ります。',
  'dataset.open.fromFile': 'ファイルを選択',
  'dataset.open.fromUrl': 'アドレスから開く（https://…）',
  'dataset.open.submit': '開く',
  'dataset.open.urlNote':
    '他のサイトのファイルは、そのサイトが読み込みを許可している必要があります（CORS）。開いたアドレスはこのページのリンクに追加されるため、そのまま共有できます。',
  'dataset.drop.prompt':
    'ここにデータセット（JSON または CSV）か財務省のワークブック（.xlsx・.xls）をドロップ',

  'dataset.progress.starting': '開始中…',
  'dataset.progress.downloading': 'ダウンロード中：{done} / {total}',
  'dataset.progress.downloadingUnknown': 'ダウンロード中：{done}',
  'dataset.progress.reading': 'ファイルを読み込み中：{done} / {total}',
  'dataset.progress.parsing': '解析中…',
  'dataset.progress.validating': 'レコードを検証中：{done} / {total}件',
  'dataset.progress.checking': '報告された合計を確認中…',
  'dataset.progress.sending': 'ダッシュボードを準備中：{done} / {total}件',
  'dataset.progress.label': '{name} を開いています',
  'dataset.progress.title': '{name} を開いています：{phase}',
  'dataset.progress.withShare': '{words}（{percent}）。',
  'dataset.progress.sentence': '{words}。',
  'dataset.progress.note': '{status}{cancel}',
  'dataset.progress.cancelKeeps': 'キャンセルしても{kept}の表示はそのままです。',
  'dataset.progress.cancelOpensBundled': 'キャンセルすると、代わりに同梱のデータセットを開きます。',
  'dataset.phase.starting': '開始中',
  'dataset.phase.downloading': 'ダウンロード中',
  'dataset.phase.reading': '読み込み中',
  'dataset.phase.parsing': '解析中',
  'dataset.phase.validating': '検証中',
  'dataset.phase.checking': '合計を確認中',
  'dataset.phase.sending': '表示を準備中',

  'dataset.report.label': '検証レポート',
  'dataset.report.download': 'レポートをダウンロード',
  'dataset.report.rejected': '検証で除外されたレコード{count}件は表示されていません。',
  'dataset.report.structureProblems': 'データセットの構造に{count}件の問題があります。',
  'dataset.report.showWhy': '理由を表示',
  'dataset.report.more':
    'ほか{count}件の問題があります。すべての問題はレポートをダウンロードしてご確認ください。',
  'dataset.report.moreOmitted':
    'ほか{count}件の問題があります。すべての問題はレポートをダウンロードしてご確認ください（レポートには最初の{kept}件を収録。さらに{omitted}件を数えましたが、収録していません）。',
  'dataset.report.fileTitle': 'ダッシュボード「日本の対ロシア制裁」の検証レポート',
  'dataset.report.fileNote':
    '最初の{count}件の問題のみを収録しました。さらに{omitted}件が見つかりましたが、一覧にはありません。',

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
  'dataset.check.qualifier.about': '約{amount}',
  'dataset.check.qualifier.more_than': '{amount}超',
  'dataset.check.qualifier.at_least': '{amount}以上',
  'dataset.check.qualifier.up_to': '最大{amount}',
  'dataset.check.unit.persons': '{count}人',
  'dataset.check.unit.organisations': '{count}団体',
  'dataset.check.unit.items': '{count}品目',
  'dataset.check.unit.categories': '{count}区分',
  'dataset.check.unit.technologies': '{count}技術',
}
