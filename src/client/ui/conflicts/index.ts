export { TwoVersions, type TwoVersionsProps } from './TwoVersions';
export { useFieldConflicts, type FieldRef } from './use-field-conflicts';
export { joinVersions } from './VersionCompare';
