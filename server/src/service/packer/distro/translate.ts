/**
 * The translation side of the distro package, at the path the rules import it from: rewriting a
 * package-manager command for another family, and asking which tools a family has.
 */
export { applicableManagers, isManagerAvailable, managerAvailability } from './facts/familyTools';
export { translateCommand } from './translation/translateCommand';
