/** Thrown by the app's beforeUpdate when input would be lost: names the fields the worker must fix first. */
export class UpdateBlocked extends Error {
  override name = 'UpdateBlocked';
  constructor(
    readonly fieldLabels: readonly string[],
    /** Puts the cursor in the first of them. */
    readonly focusFirst: () => void = () => {},
  ) {
    super('An update would lose input that is not saved');
  }
}
