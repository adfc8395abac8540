// Japanese and English, usable by everyone: axe on every view in both languages, the language switch,
// a keyboard-only walk in Japanese, and chart points that say their value. Against the build in dist/.
import assert from 'node:assert/strict'
import { mkdir, readFile } from 'node:fs/promises'
import { before, describe, it } from 'node:test'

import AxeBuilder from '@axe-core/playwright'

import { newCheckedPage, scrollUntilVisible } from './support/browser.mjs'
import { bareKeysIn, messageKeys } from './support/message-keys.mjs'
import { pngSize } from './support/png.mjs'
import { SHOTS, useBrowserSuite } from './support/suite.mjs'

const OUT = `${SHOTS}i18n-a11y/`

const suite = useBrowserSuite()
before(() => mkdir(OUT, { recursive: true }))

const WORDS = {
  en: {
    tonnes: 'Tonnes (Mt)',
    openDataset: 'Open dataset…',
    sources: 'Sources',
    exportOpen: 'Export',
    search: 'quantum',
    searchLabel: 'Search banned goods',
  },
  ja: {
    tonnes: '数量（万トン）',
    openDataset: 'データセットを開く…',
    sources: '出典',
    exportOpen: 'エクスポート',
    search: '量子',
    searchLabel: '禁止品目を検索',
  },
}

/** Waits until every panel, the lazily loaded ones included, has drawn its content. */
async function settle(page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.locator('#timeline figure').first().waitFor()
  await page.locator('#energy .lng-chart .recharts-bar-rectangle').first().waitFor()
  await page.locator('#goods .goods-count').waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
}

/**
 * axe with every rule (best practices included); returns the violations as readable lines. Legacy mode
 * runs axe in the page in one go: there are no iframes, and the default mode, which finishes each run in
 * a new blank page, took twice as long here.
 */
async function axe(page, include) {
  let builder = new AxeBuilder({ page }).setLegacyMode(true)
  if (include !== undefined) builder = builder.include(include)
  const results = await builder.analyze()
  assert.ok(results.passes.length > 10, 'axe ran its rules')
  return results.violations.map(
    (v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe('axe finds no violation of any impact, in English and Japanese', () => {
  for (const lang of ['en', 'ja']) {
    it(`every view in ${lang === 'en' ? 'English' : 'Japanese'}`, async () => {
      const w = WORDS[lang]
      const { page, context, errors } = await newCheckedPage(suite.browser)
      const found = []
      const keys = await messageKeys()
      const check = async (view, include) => {
        for (const line of await axe(page, include)) found.push(`${view}: ${line}`)
        const text = await page
          .locator(include ?? 'body')
          .first()
          .innerText()
        for (const key of bareKeysIn(text, keys)) found.push(`${view}: message shown as its key: ${key}`)
      }
      const open = async (query) => {
        await page.goto(`${suite.server.url}?${query}${query === '' ? '' : '&'}lang=${lang}`)
        await settle(page)
      }

      // Each link is opened once and shows several views at a time, to keep the run short.
      await open('')
      assert.equal(await page.locator('html').getAttribute('lang'), lang)
      await check('default page')

      await open('types=export_ban&tview=table')
      assert.ok((await page.locator('#timeline table').count()) >= 1, 'the timeline table is shown')
      await check('filtered to export bans, timeline as a table')

      await open('series=banks&rview=table')
      await page.locator('#timeline figure .chart-point').first().waitFor()
      assert.ok((await page.locator('#timeline table').count()) >= 1, 'the retaliation table is shown')
      await check('the banks series, retaliation as a table', '#timeline')

      await open('types=nope&from=2022-13-01&tview=pie&gsort=colour')
      // The link's notices (src/app/notices/url-notices.tsx): the parameters that could not be used.
      assert.ok(
        (await page.locator('main > .notice-warning[role="status"] li').count()) >= 4,
        'the bad link shows notices',
      )
      await check('a link with bad parameters')

      // Goods search, then no result, then the energy panel in tonnes, the export menu and both dialogs.
      await open(`q=${encodeURIComponent(w.search)}`)
      assert.ok((await page.locator('.goods-scroll tbody tr:not(.spacer)').count()) > 0, 'goods found')
      await check(`goods search "${w.search}"`, '#goods')
      await page.getByRole('searchbox', { name: w.searchLabel }).fill('zzqqxxnothing')
      await page.locator('#goods .chart-empty').waitFor()
      await check('goods search with no result', '#goods')

      await page.getByRole('radio', { name: w.tonnes }).check()
      await page.locator('#energy .lng-chart .recharts-bar-rectangle').first().waitFor()
      await check('energy in tonnes', '#energy')

      const exportButton = page.locator('#timeline').getByRole('button', { name: w.exportOpen, exact: true })
      await exportButton.first().click()
      await check('export menu open', '#timeline .export-menu')
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: w.openDataset }).click()
      await page.locator('dialog.open-dataset-dialog[open]').waitFor()
      await check('Open dataset dialog', 'dialog.open-dataset-dialog')
      await page.keyboard.press('Escape')
      await page.locator('dialog.open-dataset-dialog[open]').waitFor({ state: 'detached' })

      await page
        .locator('.header-actions')
        .getByRole('button', { name: new RegExp(`^${w.sources}`) })
        .click()
      await page.getByRole('dialog', { name: w.sources }).waitFor()
      await check('Sources dialog', 'dialog.sources-dialog')

      assert.deepEqual(found, [])
      assert.deepEqual(errors, [])
      await context.close()
    })
  }
})

describe('language', () => {
  it('follows lang=ja, switches to English and back, and remembers the choice without the parameter', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?lang=ja`)
    const html = page.locator('html')
    assert.equal(await html.getAttribute('lang'), 'ja')
    await page.getByRole('heading', { level: 2, name: '制裁の推移' }).waitFor()
    await page.screenshot({ path: `${SHOTS}i18n-ja-full.png`, fullPage: true })

    const select = page.getByRole('combobox', { name: '言語' })
    await select.selectOption('en')
    await page.getByRole('heading', { level: 2, name: 'Sanctions over time' }).waitFor()
    assert.equal(await html.getAttribute('lang'), 'en')
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en')
    assert.equal(await page.getByRole('heading', { name: '制裁の推移' }).count(), 0)

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja')
    await page.getByRole('heading', { level: 2, name: '制裁の推移' }).waitFor()
    assert.equal(await html.getAttribute('lang'), 'ja')
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'ja')

    // Remembered: a link without lang= opens in the language chosen last.
    await page.goto(suite.server.url)
    await page.getByRole('heading', { level: 2, name: '制裁の推移' }).waitFor()
    assert.equal(await html.getAttribute('lang'), 'ja')
    assert.equal(new URL(page.url()).searchParams.get('lang'), null)
    await page.getByRole('combobox', { name: '言語' }).selectOption('en')
    await page.goto(suite.server.url)
    await page.getByRole('heading', { level: 2, name: 'Sanctions over time' }).waitFor()
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('opens in Japanese for a browser whose language is ja-JP, with no lang= in the link', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser, { locale: 'ja-JP' })
    await page.goto(suite.server.url)
    await page.getByRole('heading', { level: 2, name: '制裁の推移' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja')
    assert.equal(new URL(page.url()).searchParams.get('lang'), null)
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('shows a Japanese reader a loading line, not the English snapshot, until the live app is ready', async () => {
    // The app's scripts never arrive here, so the page stays as it is before the live app takes over.
    for (const [locale, snapshotShown] of [
      ['ja-JP', false],
      ['en-GB', true],
    ]) {
      const context = await suite.browser.newContext({ locale })
      await context.route(/\/assets\/.*\.js$/, (route) => route.abort())
      const page = await context.newPage()
      await page.goto(suite.server.url)
      const snapshot = page.locator('#prerender h1')
      const loading = page.getByRole('status').filter({ hasText: '制裁データセットを読み込み中…' })
      assert.equal(await snapshot.isVisible(), snapshotShown, `snapshot for ${locale}`)
      assert.equal(await loading.isVisible(), !snapshotShown, `loading line for ${locale}`)
      assert.equal(await page.locator('html').getAttribute('lang'), locale.slice(0, 2))
      await context.close()
    }
  })

  // Both languages: English option names are longer (the page was 473 px wide in English once), and the
  // names search, whose date fields sat four in a row, only draws when a reader scrolls to it.
  for (const [lang, words] of [
    ['ja', { language: '言語', openDataset: 'データセットを開く…', sources: /^出典（/, names: '名前で検索' }],
    [
      'en',
      { language: 'Language', openDataset: 'Open dataset…', sources: /^Sources \(/, names: 'Search names' },
    ],
  ]) {
    it(`fits a phone screen in ${lang === 'ja' ? 'Japanese' : 'English'}: no sideways scrolling, header controls on screen`, async () => {
      const { page, context } = await newCheckedPage(suite.browser, { viewport: { width: 390, height: 844 } })
      await page.goto(`${suite.server.url}?lang=${lang}&q=${encodeURIComponent(WORDS[lang].search)}`)
      await settle(page)
      const listed = page.locator('#listed')
      await scrollUntilVisible(page, listed, listed.getByRole('searchbox', { name: words.names }))
      await page.evaluate(() => window.scrollTo(0, 0))
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      assert.ok(scroll <= client, `the page is ${scroll}px wide on a ${client}px screen`)
      for (const control of [
        page.getByRole('combobox', { name: words.language }),
        // The era-years box is offered to Japanese readers only.
        ...(lang === 'ja' ? [page.getByRole('checkbox', { name: /令和/ })] : []),
        page.getByRole('button', { name: words.openDataset }),
        page.locator('.header-actions').getByRole('button', { name: words.sources }),
      ]) {
        const box = await control.boundingBox()
        assert.ok(box !== null && box.x >= 0 && box.x + box.width <= client, 'a header control is on screen')
      }
      await page.screenshot({ path: `${SHOTS}i18n-${lang}-phone.png` })
      await context.close()
    })
  }

  it('shows era years (令和4年) when the era checkbox is ticked', async () => {
    const { page, context } = await newCheckedPage(suite.browser)
    await page.goto(`${suite.server.url}?lang=ja`)
    const asOf = page.locator('.as-of')
    assert.match(await asOf.innerText(), /2022年/)
    assert.doesNotMatch(await asOf.innerText(), /令和/)
    await page.getByRole('checkbox', { name: /令和/ }).check()
    await page.waitForFunction(() => document.querySelector('.as-of')?.textContent?.includes('令和4年'))
    assert.doesNotMatch(await asOf.innerText(), /2022年/)
    assert.equal(new URL(page.url()).searchParams.get('era'), '1')
    await context.close()
  })
})

describe('chart points by keyboard', () => {
  const PATTERNS = {
    en: {
      // "Sept" is en-GB's September.
      // A delisting lowers the total and says so.
      tranche: /^\d{1,2} [A-Z][a-z]{2,3} 20\d\d: (\+[\d,]+|[\d,]+ removed from the list), [\d,]+ in total/,
      bar: /^.+, \d+(st|nd|rd|th): [\d.]+%$/,
      remainder: /^[^,]+: [\d.]+%$/,
    },
    ja: {
      tranche: /^20\d\d年\d{1,2}月\d{1,2}日：(\+[\d,]+|[\d,]+件を指定解除)、累計[\d,]+/,
      bar: /^.+（\d+位）：[\d.]+%$/,
      remainder: /^[^（]+：[\d.]+%$/,
    },
  }
  for (const lang of ['en', 'ja']) {
    it(`timeline tranches and LNG bars are focusable and say their value (${lang})`, async () => {
      const p = PATTERNS[lang]
      const { page, context } = await newCheckedPage(suite.browser)
      await page.goto(`${suite.server.url}?lang=${lang}`)
      await settle(page)

      const chart = page.locator('#timeline figure').first()
      const points = chart.locator('.chart-point')
      const n = await points.count()
      assert.ok(n > 3, `tranches are focusable points (${n})`)
      const labels = await points.evaluateAll((ps) => ps.map((x) => x.getAttribute('aria-label') ?? ''))
      for (const label of labels) assert.match(label, p.tranche)
      // One Tab stop per chart; the recharts surface itself is not a (nameless) stop.
      const stops = await points.evaluateAll(
        (ps) => ps.filter((x) => x.getAttribute('tabindex') === '0').length,
      )
      assert.equal(stops, 1)
      assert.equal(await chart.locator('svg.recharts-surface[tabindex]').count(), 0)

      await points.first().focus()
      await page.keyboard.press('ArrowRight')
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), labels[1])
      await page.keyboard.press('End')
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
        labels[n - 1],
      )
      // The tooltip shows the tranche in focus.
      const tooltip = chart.locator('.chart-tooltip')
      await tooltip.waitFor()
      assert.ok(labels[n - 1].startsWith(await tooltip.locator('.tooltip-date').innerText()))
      await page.keyboard.press('Home')
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), labels[0])

      const bars = page.locator('.lng-chart .chart-point')
      const barLabels = await bars.evaluateAll((bs) => bs.map((x) => x.getAttribute('aria-label') ?? ''))
      assert.ok(barLabels.length >= 5, 'every LNG bar is a point')
      for (const label of barLabels.slice(0, -1)) assert.match(label, p.bar)
      assert.match(barLabels[barLabels.length - 1], p.remainder)
      await bars.first().focus()
      await page.keyboard.press('ArrowDown')
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
        barLabels[1],
      )
      await page.locator('.lng-chart .chart-tooltip, .lng-chart .recharts-tooltip-wrapper').first().waitFor()

      if (lang === 'ja') {
        await chart.scrollIntoViewIfNeeded()
        await points.nth(2).focus()
        await page.keyboard.press('ArrowLeft')
        await page.keyboard.press('ArrowRight')
        const box = await page.locator(':focus').boundingBox()
        assert.ok(box !== null)
        await page.screenshot({
          path: `${SHOTS}i18n-ja-focused-point.png`,
          clip: { x: Math.max(0, box.x - 220), y: Math.max(0, box.y - 260), width: 640, height: 400 },
        })
        assert.ok(await hasVisibleFocus(page), 'the focused point shows its ring')
      }
      await context.close()
    })
  }
})

/** Whether the element in focus draws a focus indicator: an outline, a box-shadow, or a chart point's ring. */
function hasVisibleFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (el === null || el === document.body) return false
    const s = getComputedStyle(el)
    const outline =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)$/.test(s.outlineColor)
    const shadow = s.boxShadow !== 'none'
    const ring = el.querySelector('.chart-point-ring')
    const ringShown = ring !== null && getComputedStyle(ring).stroke !== 'none'
    return outline || shadow || ringShown
  })
}

describe('keyboard only, in Japanese', () => {
  it('skips to the dashboard, filters, switches series and tabs, and exports PNG and SVG', async () => {
    const { page, context, errors } = await newCheckedPage(suite.browser, { acceptDownloads: true })
    await page.goto(`${suite.server.url}?lang=ja`)
    await settle(page)
    const invisible = []
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement
        if (el === null) return ''
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
        return `${el.tagName.toLowerCase()}${el.id === '' ? '' : `#${el.id}`} "${name}"`
      })
    const tab = async (shift = false) => {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
      if (!(await hasVisibleFocus(page))) invisible.push(await focused())
    }
    /** Tabs until the element in focus matches the selector. */
    const tabTo = async (selector, max = 80) => {
      for (let i = 0; i < max; i++) {
        await tab()
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
      }
      assert.fail(`Tab never reached ${selector}; stopped at ${await focused()}`)
    }

    // The skip link is the first stop, visible when focused, and moves focus to <main>.
    await tab()
    const skip = page.locator('.skip-link')
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link')
    const box = await skip.boundingBox()
    assert.ok(box !== null && box.y >= 0 && box.height > 0, 'the skip link is on screen when focused')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'main')
    assert.equal(new URL(page.url()).hash, '', 'the skip link leaves the URL (and so exported links) alone')

    // A measure type, toggled with Space.
    await tabTo('.filter-bar .type-options input[type="checkbox"]')
    const box0 = page.locator('.filter-bar .type-options input[type="checkbox"]').first()
    const wasChecked = await box0.isChecked()
    await page.keyboard.press('Space')
    assert.equal(await box0.isChecked(), !wasChecked)
    await page.waitForFunction(() => new URL(location.href).searchParams.has('types'))
    await page.keyboard.press('Space')
    assert.equal(await box0.isChecked(), wasChecked)

    // The series select, changed with the arrow keys.
    await tabTo('.series-switch select')
    const before = await page.locator('.series-switch select').inputValue()
    await page.keyboard.press('ArrowDown')
    await page.waitForFunction((v) => document.querySelector('.series-switch select')?.value !== v, before)
    await page.waitForFunction(() => new URL(location.href).searchParams.has('series'))

    // Chart / Table tabs, with the arrow keys.
    await tabTo('#timeline [role="tab"]')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'グラフ')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-selected') === 'true')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '表')
    assert.ok(await hasVisibleFocus(page), 'the selected tab shows focus')
    await page.locator('#timeline table').first().waitFor()
    await page.keyboard.press('ArrowLeft')
    await page.locator('#timeline figure .recharts-wrapper').first().waitFor()
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'グラフ')

    // The Export menu, opened and used from the keyboard.
    await tabTo('#timeline .export-menu > button')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true')
    await tabTo('#timeline .export-panel select')
    await tabTo('#timeline .export-panel button')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'PNGをダウンロード')
    const [png] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ])
    assert.match(png.suggestedFilename(), /-ja\.png$/)
    const pngPath = `${OUT}${png.suggestedFilename()}`
    await png.saveAs(pngPath)
    assert.ok(pngSize(await readFile(pngPath)).width > 900)

    await tab()
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'SVGをダウンロード')
    const [svg] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ])
    assert.match(svg.suggestedFilename(), /-ja\.svg$/)
    const svgPath = `${OUT}${svg.suggestedFilename()}`
    await svg.saveAs(svgPath)
    const text = await readFile(svgPath, 'utf8')
    const title = await page.locator('#timeline .chart-title').first().innerText()
    assert.match(title, /[\u3040-\u30ff\u4e00-\u9fff]/, 'the chart title is Japanese')
    assert.ok(text.includes(title.replaceAll('&', '&amp;')), 'the SVG carries the Japanese title')
    assert.match(text, /出典/)
    assert.match(text, /データ時点/)

    // Escape closes the menu; the next stop is the chart's first tranche, which says its value.
    await page.keyboard.press('Escape')
    await page.locator('#timeline .export-panel').first().waitFor({ state: 'hidden' })
    await tabTo('#timeline .chart-point')
    assert.match(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      /^20\d\d年\d{1,2}月\d{1,2}日：\+[\d,]+、累計[\d,]+/,
    )

    // On to the goods list: a scrolling region, reachable and visibly focused.
    await tabTo('.goods-scroll', 120)

    assert.deepEqual(invisible, [], 'every element in focus shows a focus indicator')
    assert.deepEqual(errors, [])
    await context.close()
  })

  it('respects prefers-reduced-motion', async () => {
    const { page, context } = await newCheckedPage(suite.browser, { reducedMotion: 'reduce' })
    await page.goto(`${suite.server.url}?lang=ja`)
    const styles = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('button, a, .goods-scroll')].map((el) => {
        const s = getComputedStyle(el)
        return `${s.scrollBehavior}|${s.transitionDuration}|${s.animationName}`
      }),
    )
    assert.ok(styles.length > 5)
    for (const s of styles) assert.equal(s, 'auto|0s|none')
    await context.close()
  })
})
