/**
 * Opening a dataset: the Open dataset dialog, its progress and the validation report on the page. These
 * come with the code that shows them (features/dataset-source/opening-parts.tsx), not with the first
 * screen; what a failure says stays in dataset.ts, in the first screen's bundle, since a failure may mean
 * nothing more can be fetched.
 */
export const opening = {
  'dataset.open.title': 'Open a dataset',
  'dataset.open.intro':
    'A JSON file in the dataset format, or CSV tables of measures or goods, which replace that table in the dataset on screen. Up to {max}. You can also drop files anywhere on the page. The file is read in this browser only; nothing is uploaded.',
  'dataset.open.workbook':
    'Or the Ministry of Finance’s asset-freeze list as it publishes it (資産凍結等の措置の対象者リスト, .xlsx or .xls): its lists replace the bundled ones in “Who is listed” and on the timeline; the press records stay.',
  'dataset.open.fromFile': 'From your computer',
  'dataset.open.fromUrl': 'From an address (https://…)',
  'dataset.open.submit': 'Open',
  'dataset.open.urlNote':
    'Another site must allow reading its file (CORS). An address you open is added to this page’s link, so you can share it.',
  'dataset.progress.starting': 'Starting…',
  'dataset.progress.downloading': 'Downloading: {done} of {total}',
  'dataset.progress.downloadingUnknown': 'Downloading: {done}',
  'dataset.progress.reading': 'Reading the file: {done} of {total}',
  'dataset.progress.parsing': 'Parsing…',
  'dataset.progress.validating': 'Checking records: {done} of {total}',
  'dataset.progress.checking': 'Checking reported totals…',
  'dataset.progress.sending': 'Preparing the dashboard: {done} of {total} records',
  'dataset.progress.label': 'Opening {name}',
  'dataset.progress.title': 'Opening {name}: {phase}',
  'dataset.progress.withShare': '{words} ({percent}).',
  'dataset.progress.sentence': '{words}.',
  'dataset.progress.note': '{status} {cancel}',
  'dataset.progress.cancelKeeps': 'Cancel keeps {kept}.',
  'dataset.progress.cancelOpensBundled': 'Cancel opens the bundled dataset instead.',
  'dataset.phase.starting': 'starting',
  'dataset.phase.downloading': 'downloading',
  'dataset.phase.reading': 'reading the file',
  'dataset.phase.parsing': 'parsing',
  'dataset.phase.validating': 'checking records',
  'dataset.phase.checking': 'checking reported totals',
  'dataset.phase.sending': 'preparing the dashboard',
  'dataset.report.label': 'Validation report',
  'dataset.report.rejected': {
    one: '{count} record rejected by validation is not shown.',
    other: '{count} records rejected by validation are not shown.',
  },
  'dataset.report.structureProblems': {
    one: '{count} problem in the dataset’s structure.',
    other: '{count} problems in the dataset’s structure.',
  },
  'dataset.report.showWhy': 'Show why',
  'dataset.report.more': {
    one: '…and {count} more problem: download the report for all.',
    other: '…and {count} more problems: download the report for all.',
  },
  'dataset.report.moreOmitted': {
    one: '…and {count} more problem: download the report for all (it keeps the first {kept}; {omitted} more were counted but not kept).',
    other:
      '…and {count} more problems: download the report for all (it keeps the first {kept}; {omitted} more were counted but not kept).',
  },
  'dataset.report.fileTitle': 'Validation report of the dashboard "Japan\'s sanctions on Russia"',
  'dataset.report.fileNote': {
    one: 'Only the first problem was kept; {omitted} more were found and not listed.',
    other: 'Only the first {count} problems were kept; {omitted} more were found and not listed.',
  },
} as const
