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

export class OfficialListError extends Error {
  readonly code: OfficialErrorCode
  constructor(code: OfficialErrorCode, message: string) {
    // English, for the console and logs; the page can translate by code.
    super(message)
    this.name = 'OfficialListError'
    this.code = code
  }
}
