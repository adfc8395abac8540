import type { AreaOf } from '@/lib/i18n/area'
import type { opening as en } from '@/lib/i18n/en/opening'

export const opening: AreaOf<typeof en> = {
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
}
