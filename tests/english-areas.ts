/**
 * Every English area loaded, as the page has them once its panels have loaded (messages-en.ts): unit and
 * component tests use any message without importing the panel that brings it.
 */
import { energy } from '@/lib/i18n/en/energy'
import { goods } from '@/lib/i18n/en/goods'
import { listed } from '@/lib/i18n/en/listed'
import { opening } from '@/lib/i18n/en/opening'
import { problems } from '@/lib/i18n/en/problems'
import { englishArea } from '@/lib/i18n/messages-en'

englishArea(energy)
englishArea(goods)
englishArea(listed)
englishArea(opening)
englishArea(problems)
