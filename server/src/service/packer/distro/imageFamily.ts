/**
 * The image-family side of the distro package, at the path the rules import it from: which
 * operating-system family a builder starts from, and which package tools that family has.
 */
export { detectImageFamily } from './detect/detectImageFamily';
export { majorVersion, type DistroFamily, type ImageFamilyGuess, type ManagerAvailability } from './facts/families';
export { familyLabel } from './facts/familyLabels';
export { applicableManagers, isManagerAvailable, managerAvailability } from './facts/familyTools';
export { PACKAGE_MANAGERS, type PackageManager } from './facts/packageManagers';
export { readDockerImage } from './names/dockerImage';
export { literalText } from './names/literalText';
export type { NameHit, NameReading } from './names/nameReading';
export { readImageName } from './names/readImageName';
