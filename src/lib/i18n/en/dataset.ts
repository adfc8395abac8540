/**
 * Opening a dataset and validating it: failures, the validation report's download, consistency checks.
 * The dialog, progress and report on the page are in opening.ts, one problem's words in problems.ts.
 */
export const dataset = {
  'dataset.source.bundled': 'the bundled dataset',
  'dataset.source.merged': '{name} (merged into {into})',
  // Why a file cannot be a dataset at all.
  'dataset.fatal.notJson': 'The dataset is not valid JSON: {detail}.',
  'dataset.fatal.tooDeep':
    'The dataset could not be read: it is too deeply nested or too large for the browser to parse.',
  'dataset.fatal.notAnObject':
    'The dataset must be a JSON object with schemaVersion, meta, sources, measures, goods and energy; this file holds {found}.',
  'dataset.fatal.notAnObjectList':
    'The dataset must be a JSON object with schemaVersion, meta, sources, measures, goods and energy; this file holds a list of {count}.',
  'dataset.fatal.schemaVersion':
    'This dataset declares schemaVersion {found}; this dashboard reads schemaVersion {supported}.',
  'dataset.fatal.schemaVersionMissing':
    'This dataset declares no schemaVersion; this dashboard reads schemaVersion {supported}.',
  'dataset.fatal.meta':
    'The dataset\'s "meta" block (title, countries, as-of date, version, licence) is not valid.',
  'dataset.fatal.tooManyRecords': 'The dataset holds {count} records; the dashboard reads at most {max}.',
  'dataset.fatal.tooManyContainers':
    '"{name}" holds more than {max} objects and lists; the dashboard reads at most {max}, so it was not parsed.',
  'dataset.fatal.oneJson': 'Open one JSON dataset at a time (CSV tables may come with it).',
  'dataset.fatal.csvTwice': 'Two of the files are tables of {table}; open one per table.',
  'dataset.fatal.csvNotATable':
    '{name} is not a table of measures or goods: its header ({header}) lacks the columns {measures} (measures) or {goods} (goods).',
  'dataset.fatal.csvUnnamedColumn': '{name}: column {column} of the header has no name.',
  'dataset.fatal.csvColumnTwice': '{name}: the column {column} appears twice in the header.',
  'dataset.fatal.csvWithoutDataset':
    'A CSV file holds one table; open it while a dataset is shown, or together with a JSON dataset.',
  'dataset.fatal.fileTooLarge':
    '"{name}" is {size}; the limit is {max}. It was not read. Split the dataset, or leave out what the dashboard does not need.',
  'dataset.fatal.filesTooLarge': 'The files are {size}; the limit is {max}. They were not read.',
  'dataset.fatal.workbook.alone':
    'Open a Ministry of Finance workbook on its own: it replaces the asset-freeze lists, not the dataset’s tables.',
  'dataset.fatal.workbook.notAWorkbook': '{name} is not an Excel workbook (.xlsx or .xls).',
  'dataset.fatal.workbook.corrupt':
    '{name} could not be read as a workbook: the file is damaged or incomplete (a download cut short?).',
  'dataset.fatal.workbook.zipEntries':
    'The workbook holds {count} files inside; the limit is {max}. It was not opened.',
  'dataset.fatal.workbook.zipSize':
    'The workbook would expand to {size}; the limit is {max}. It was not opened.',
  'dataset.fatal.workbook.zipRatio':
    'The workbook would expand to {ratio} times its size (a “zip bomb”?); the limit is {max} times. It was not opened.',
  'dataset.fatal.workbook.noRussiaSheet':
    '{name} has no sheet of the Russia-related asset-freeze lists (資産凍結等の措置の対象となるロシア連邦…): is it the Ministry of Finance’s list?',
  'dataset.fatal.workbook.missingHeader':
    'The sheet “{sheet}” has no header row with a 告示日付 (notice date) column, so its columns cannot be told apart.',
  'dataset.fatal.workbook.tooManyRows':
    'The workbook has more than {max} rows; the dashboard reads at most {max}.',

  // Why a download or the worker failed.
  'dataset.error.network': 'Could not reach {url}: {detail}.',
  'dataset.error.cors':
    'Could not reach {url}: the site did not answer, or does not let other sites read the file (CORS).',
  'dataset.error.http': 'Could not load {url}: the server answered {status}.',
  'dataset.error.downloadTooLarge': '{url} is over {max}, the limit; the download was stopped.',
  'dataset.error.workerStopped':
    'The browser stopped reading the file (it may have run out of memory). Try a smaller file, or close other tabs.',
  'dataset.error.workerFailed': 'The file could not be processed: {detail}.',
  'dataset.error.unexpected': 'Something unexpected went wrong: {detail}.',

  // Why an address is refused.
  'dataset.url.empty': 'Enter the address of a dataset (https://…).',
  'dataset.url.tooLong': 'The address is {count} characters long; at most {max} are accepted.',
  'dataset.url.notAnAddress': '{address} is not a web address.',
  'dataset.url.notHttp':
    '{address} is not an http:// or https:// address ({protocol} addresses are never opened).',
  'dataset.url.credentials': 'Addresses with a user name or password in them are not opened.',
  'dataset.url.plainHttp':
    '{address} is on another site over plain http://; datasets from other sites must use https://.',

  // A dataset that could not be opened or loaded.
  'dataset.failure.headline.network': 'The dataset could not be downloaded.',
  'dataset.failure.headline.http': 'The dataset could not be downloaded.',
  'dataset.failure.headline.not-json': 'The dataset file is damaged: it is not valid JSON.',
  'dataset.failure.headline.not-an-object': 'The dataset file is not in the dataset format.',
  'dataset.failure.headline.schema-version':
    'The dataset is in a format version this dashboard does not read.',
  'dataset.failure.headline.meta': 'The dataset’s description block is not valid.',
  'dataset.failure.headline.not-csv': 'The CSV file is not a table this dashboard reads.',
  'dataset.failure.headline.too-large': 'The dataset is too large to open.',
  'dataset.failure.headline.worker': 'The file could not be processed.',
  'dataset.failure.headline.bad-url': 'That address cannot be opened.',
  'dataset.failure.headline.workbook': 'The workbook could not be opened.',
  'dataset.failure.headline.unknown': 'The dataset could not be loaded.',
  'dataset.failure.title': '{headline} ({label})',
  'dataset.failure.theLink': 'the link',
  'dataset.failure.ignoredParam': 'Ignored the parameter "{param}": {reason} Showing the bundled dataset.',
  'dataset.failure.moreProblems': { one: 'and {count} more problem.', other: 'and {count} more problems.' },
  'dataset.failure.stillShowing': 'Still showing {kept}.',
  'dataset.retry': 'Retry',
  'dataset.retrying': 'Retrying…',
  'dataset.useBundled': 'Open the bundled dataset instead',
  'dataset.loading.text': 'Loading the sanctions dataset…',
  'dataset.loading.label': 'Loading the sanctions dataset',

  // The drop overlay (the Open dataset dialog's words are in opening.ts).
  'dataset.drop.prompt': 'Drop a dataset (JSON or CSV) or the Ministry of Finance workbook (.xlsx, .xls)',

  // The validation report: its download button (the rest in opening.ts).
  'dataset.report.download': 'Download report',

  // Consistency between reported totals and the records.
  'dataset.consistency.mismatches': {
    one: '{count} reported figure of {checked} checked differs from the sum of the dataset’s records.',
    other: '{count} reported figures of {checked} checked differ from the sum of the dataset’s records.',
  },
  'dataset.consistency.showWhich': 'Show which',
  'dataset.notes.title': 'Data notes ({count})',
  'dataset.notes.records': 'Records: {ids}',
  'dataset.notes.sources': 'Sources of the reported figure:',
  'dataset.notes.noSources': 'Sources of the reported figure: none given.',
  'dataset.consistency.explain':
    'Reported totals are shown as the sources give them and are not corrected. A difference usually means a source counted a different scope (for example Belarusians, or tranches not in the dataset).',
  'dataset.consistency.more': '…and {count} more.',
  'dataset.consistency.allMatch': {
    one: 'The {count} reported figure checked matches the sum of the dataset’s records.',
    other: 'All {count} reported figures checked match the sum of the dataset’s records.',
  },
  'dataset.check.total':
    'Measure "{measure}" ({date}) reports a total of {reported}; its tranches add up to {derived} ({records}).',
  'dataset.check.withUnknown': '{total} {unknown}',
  'dataset.check.unknownSize': {
    one: '{count} earlier record of unreported size: {ids}.',
    other: '{count} earlier records of unreported size: {ids}.',
  },
  'dataset.check.goodsCount':
    'Measure "{measure}" counts {counted} items, but its {rows} goods rows stand for {listed}.',
  'dataset.check.countrySplit':
    'Measure "{measure}" counts {counted}, but its split by country ({countries}) adds up to {split}.',
  'dataset.check.unit.persons': { one: '{count} person', other: '{count} persons' },
  'dataset.check.unit.organisations': { one: '{count} organisation', other: '{count} organisations' },
  'dataset.check.unit.items': { one: '{count} item', other: '{count} items' },
  'dataset.check.unit.categories': { one: '{count} category', other: '{count} categories' },
  'dataset.check.unit.technologies': { one: '{count} technology', other: '{count} technologies' },
} as const
