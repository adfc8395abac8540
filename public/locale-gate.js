// Runs before the first paint: a blocking script in <head>, which the build inlines into index.html and
// allows by its hash in the page's Content-Security-Policy (scripts/inline-locale-gate.ts). index.html
// holds the dashboard prerendered in English; a reader whose page opens in another language would read
// that for a second or two and then see all of it replaced. For such a reader this marks <html> with the
// language, and app.css shows one loading line in it instead.
// The choice must be the one src/state/locale-choice.ts makes: tests/unit/state/locale-gate.test.ts
// runs both on the same inputs.
;(function (scope) {
  var LOCALES = ['en', 'ja']
  var STORAGE_KEY = 'jp-ru-sanctions.locale'

  function isLocale(value) {
    return LOCALES.indexOf(value) !== -1
  }

  /** `lang` in the link, else the remembered choice, else the browser's first language we have. */
  function chooseOpeningLocale(search, stored, preferred) {
    var lang = new URLSearchParams(search).get('lang')
    if (lang !== null && isLocale(lang)) return lang
    if (isLocale(stored)) return stored
    for (var i = 0; i < preferred.length; i++) {
      var base = String(preferred[i]).toLowerCase().split('-')[0]
      if (isLocale(base)) return base
    }
    return 'en'
  }

  scope.chooseOpeningLocale = chooseOpeningLocale
  if (typeof document === 'undefined') return

  var stored = null
  try {
    stored = window.localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage blocked (private mode, policy): the link and the browser's languages decide.
  }
  var languages =
    navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language]
  var locale = chooseOpeningLocale(window.location.search, stored, languages)
  if (locale !== 'en') {
    document.documentElement.lang = locale
    document.documentElement.classList.add('opens-in-other-language')
  }
  // One figure alone, for an <iframe> (?embed=): the snapshot of the whole dashboard is not shown.
  if (new URLSearchParams(window.location.search).has('embed')) {
    document.documentElement.classList.add('embedded')
  }
})(globalThis)
