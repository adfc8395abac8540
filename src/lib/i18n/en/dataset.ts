/**
 * Opening a dataset and validating it: the Open dataset dialog, progress, failures, the validation
 * report, consistency checks. `problem.*` are the parts of one validation problem, made in the worker
 * as structured messages (see data/describe-issue.ts) and said on the page.
 */
export const dataset = {
  'dataset.source.bundled': 'the bundled dataset',
  'dataset.source.merged': '{name} (merged into {into})',
  // One validation problem: where, which field, what was expected, what was found.
  'problem.line': '{place}, field {field}: expected {expected}, got {got}',
  'problem.place.record': '{collection}[{index}]',
  'problem.place.recordWithId': '{collection}[{index}] (id "{id}")',
  'problem.place.document': 'document',
  'problem.field.path': '{path}',
  'problem.field.pathMore': '{path} and {count} more',
  'problem.field.record': '(record)',
  'problem.field.list': '(list)',
  'problem.field.row': '(row)',
  'problem.expected.string': 'a text',
  'problem.expected.number': 'a number',
  'problem.expected.int': 'a whole number',
  'problem.expected.boolean': 'true or false',
  'problem.expected.designationsVersion': 'designations only in a dataset of schemaVersion 4',
  'problem.expected.list': 'a list',
  'problem.expected.object': 'an object',
  'problem.expected.null': 'null',
  'problem.expected.type': 'a value of type {type}',
  'problem.expected.value': '{value}',
  'problem.expected.oneOf': 'one of {values}',
  'problem.expected.knownFields': 'only the documented fields (unknown: {keys})',
  'problem.expected.knownFieldsMore': 'only the documented fields (unknown: {keys} and {count} more)',
  'problem.expected.minEntries': { one: 'at least {count} entry', other: 'at least {count} entries' },
  'problem.expected.minChars': { one: 'at least {count} character', other: 'at least {count} characters' },
  'problem.expected.above': 'a number above {min}',
  'problem.expected.atLeast': 'a number of at least {min}',
  'problem.expected.maxEntries': { one: 'at most {count} entry', other: 'at most {count} entries' },
  'problem.expected.maxChars': { one: 'at most {count} character', other: 'at most {count} characters' },
  'problem.expected.below': 'a number below {max}',
  'problem.expected.atMost': 'a number of at most {max}',
  'problem.expected.format': 'a value in the {format} format',
  'problem.expected.other': 'a value that passes the check "{rule}"',
  'problem.expected.dateFormat': 'a date written YYYY-MM-DD',
  'problem.expected.realDate': 'a real calendar date',
  'problem.expected.dateBetween': 'a date between {from} and {to}',
  'problem.expected.recordId': 'an id of lower-case letters, digits, ".", "_" or "-"',
  'problem.expected.urlLength': 'a URL of at most {max} characters',
  'problem.expected.httpUrl': 'an absolute http:// or https:// URL',
  'problem.expected.nonEmptyText': 'a non-empty text',
  'problem.expected.localText': 'a text, or an object with "en" and/or "ja" texts',
  'problem.expected.englishOrJapanese': 'an English or Japanese text',
  'problem.expected.sourceIds': 'at least one source id',
  'problem.expected.count': 'a count of zero or more',
  'problem.expected.languageTag': 'a language tag such as "en" or "ja"',
  'problem.expected.effectiveAfterAnnounced': 'an effective date on or after the announced date',
  'problem.expected.untilAfterAnnounced': 'an end date on or after the announced date',
  'problem.expected.countriesOnce': 'each country once in byCountry',
  'problem.expected.unitWithCount': 'a unit (persons, organisations, items…) whenever a count is given',
  'problem.expected.nameOrUnidentified':
    'a name, or unidentified: true with name: null for an item no source names',
  'problem.expected.hsCode': 'an HS code such as "22.03" or "4401.21"',
  'problem.expected.countryCode': 'an ISO 3166 country code such as {example}',
  'problem.expected.version': 'a version such as "1.0.0"',
  'problem.expected.knownSourceIds': 'ids of sources listed in "sources"',
  'problem.expected.knownMeasureId': 'the id of a measure listed in "measures"',
  'problem.expected.uniqueId': 'an id not used by another record in {collection}',
  'problem.expected.csvRow': 'a well-formed CSV row of {count} cells, like the header',
  'problem.got.missing': 'nothing (the field is missing)',
  'problem.got.value': '{value}',
  'problem.got.list': 'a list of {count}',
  'problem.got.object': 'an object',
  'problem.got.unknownField': 'an unknown field',
  'problem.got.unknownSourceIds': 'unknown source id(s) {ids}',
  'problem.got.unknownSourceIdsMore': 'unknown source ids {ids} and {count} more',
  'problem.got.unknownMeasureId': 'unknown measure id {id}',
  'problem.got.schemaVersion': 'a dataset of schemaVersion {version} (the designations were left out)',
  'problem.got.duplicateId': 'a second record with id {id}',
  'problem.got.csvRowCells': { one: '{count} cell', other: '{count} cells' },
  'problem.got.csvRowMissingQuotes': '{count} cells (a quoted cell is never closed)',
  'problem.got.csvRowInvalidQuotes': '{count} cells (a quote in the wrong place)',

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

  // The Open dataset dialog and the drop overlay.
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
  'dataset.drop.prompt': 'Drop a dataset (JSON or CSV) or the Ministry of Finance workbook (.xlsx, .xls)',

  // Progress of a dataset being opened.
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

  // The validation report, on the page and downloaded.
  'dataset.report.label': 'Validation report',
  'dataset.report.download': 'Download report',
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
  'dataset.check.qualifier.about': 'about {amount}',
  'dataset.check.qualifier.more_than': 'more than {amount}',
  'dataset.check.qualifier.at_least': 'at least {amount}',
  'dataset.check.qualifier.up_to': 'up to {amount}',
  'dataset.check.unit.persons': { one: '{count} person', other: '{count} persons' },
  'dataset.check.unit.organisations': { one: '{count} organisation', other: '{count} organisations' },
  'dataset.check.unit.items': { one: '{count} item', other: '{count} items' },
  'dataset.check.unit.categories': { one: '{count} category', other: '{count} categories' },
  'dataset.check.unit.technologies': { one: '{count} technology', other: '{count} technologies' },
} as const
