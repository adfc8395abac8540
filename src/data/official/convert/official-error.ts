/** The one error type for an official list that cannot be read, with a code a caller can branch on. */
export type OfficialErrorCode =
  | 'corrupt'
  | 'not-a-workbook'
  | 'zip-too-large'
  | 'zip-ratio'
  | 'no-russia-sheet'
  | 'missing-header'
  | 'too-many-rows'
  | 'meti-format'
  | 'meti-batches'

/** The figures and names a message quotes, so the page can say it in the reader's language. */
export type OfficialErrorParams = Record<string, string | number>

export class OfficialListError extends Error {
  readonly code: OfficialErrorCode
  readonly params: OfficialErrorParams
  constructor(code: OfficialErrorCode, message: string, params: OfficialErrorParams = {}) {
    // English, for the console and logs; the page translates by code and params.
    super(message)
    this.name = 'OfficialListError'
    this.code = code
    this.params = params
  }
}
