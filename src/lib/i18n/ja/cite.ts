import type { AreaOf } from '@/lib/i18n/area'
import type { cite as en } from '@/lib/i18n/en/cite'

export const cite: AreaOf<typeof en> = {
  'cite.open': '引用',
  'cite.figure': 'この図を引用',
  'cite.title': 'この表示を引用',
  'cite.titleFigure': 'この図を引用',
  'cite.figureName': '図：{figure}',
  'cite.intro':
    '各引用には、データセットの版（{version}、{date}時点のデータ）、参照日（{accessed}）と、絞り込みと言語を含めてこの表示をそのまま開くリンクが入っています。',
  'cite.about.apa': '米国心理学会（APA）第7版：データセット',
  'cite.about.chicago': 'シカゴ・マニュアル第17版：参考文献リスト形式',
  'cite.about.sist': '科学技術情報流通技術基準（SIST 02）：オンライン資料',
  'cite.copy': '{style}形式の引用をコピー',
  'cite.copied': '{style}形式の引用をコピーしました。',
  'cite.refused':
    'このブラウザーはクリップボードへのコピーを拒否しました。引用文を選択してコピーしてください。',
  'cite.files': '文献管理ソフト用',
  'cite.bibtex': 'BibTeXをダウンロード（.bib）',
  'cite.csl': 'CSL-JSONをダウンロード（.json）',
  'print.filters': 'この表示：{filters}',
  'print.link': 'この表示へのリンク：{url}',
  'print.sources': 'このデータセットの出典（{count}件）',
  'print.source': '{title}（{publisher}、{date}）',
  'print.sourceUndated': '{title}（{publisher}）',
  'embed.item': '埋め込む',
  'embed.title': 'この図を埋め込む',
  'embed.intro':
    'このコードをウェブページに貼り付けると、{figure}だけを、タイトル・注記・出典つきで、今の表示（絞り込み・系列・言語）のまま表示し、ダッシュボード全体へのリンクを添えます。',
  'embed.snippet': '<iframe>のコード',
  'embed.copy': 'コードをコピー',
  'embed.copied': 'コードをコピーしました。',
  'embed.size': 'サイズ：貼り付け先の幅いっぱい、高さ{height}px（「height」の値で変更できます）。',
  'embed.preview': '埋め込み表示を開く',
  'embed.loading': '図を読み込んでいます…',
  'embed.footer': '{title}（{date}時点のデータ）。',
  'embed.fullView': 'ダッシュボード全体を開く',
  'embed.unknown': '「{value}」という埋め込み用の図はありません。ダッシュボード全体を表示しています。',
  'embed.refused':
    'ブラウザーがクリップボードへのコピーを許可しませんでした。コードを選択して手動でコピーしてください。',
}
