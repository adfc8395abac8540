/**
 * "Cite this view" and "Cite this figure" (the dialog giving the view's citation in three styles), and what
 * only a printout shows: the view in words, its link and the sources.
 */
export const cite = {
  'cite.open': 'Cite',
  'cite.figure': 'Cite this figure',
  'cite.title': 'Cite this view',
  'cite.titleFigure': 'Cite this figure',
  'cite.figureName': 'Figure: {figure}',
  'cite.intro':
    'Each citation gives the dataset version ({version}, data as of {date}), the day you accessed it ({accessed}) and a link that opens this exact view, its filters and language included.',
  'cite.about.apa': 'American Psychological Association, 7th edition: a data set.',
  'cite.about.chicago': 'The Chicago Manual of Style, 17th edition: a bibliography entry.',
  'cite.about.sist': 'SIST 02, the Japanese standard for references: an online resource.',
  'cite.copy': 'Copy the {style} citation',
  'cite.copied': '{style} citation copied.',
  'cite.refused': 'This browser refused the clipboard; select the citation and copy it by hand.',
  'cite.files': 'For reference managers',
  'cite.bibtex': 'Download BibTeX (.bib)',
  'cite.csl': 'Download CSL-JSON (.json)',
  'print.filters': 'This view: {filters}',
  'print.link': 'Link to this view: {url}',
  'print.sources': {
    one: 'The source of this dataset',
    other: 'The {count} sources of this dataset',
  },
  'print.source': '{title}. {publisher}, {date}.',
  'print.sourceUndated': '{title}. {publisher}.',
  'embed.item': 'Embed',
  'embed.title': 'Embed this figure',
  'embed.intro':
    'Paste this into a web page: it shows {figure} alone, with its title, notes and sources, in the view as it is now (filters, series, language), and a link to the full dashboard.',
  'embed.snippet': 'The <iframe> code',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied.',
  'embed.size': 'Size: the full width of its place on your page, {height} px high (change “height” to suit).',
  'embed.preview': 'Open the embedded figure',
  'embed.loading': 'Loading the figure…',
  'embed.footer': '{title}, data as of {date}.',
  'embed.fullView': 'Open the full dashboard',
  'embed.unknown': 'There is no figure called “{value}” to embed; the whole dashboard is shown.',
  'embed.refused': 'This browser refused the clipboard; select the code and copy it by hand.',
} as const
