/** What the lab template shows at error and warning severity (the README's table), for both suites. */
export const LAB_PROBLEMS: Readonly<Record<string, number>> = {
  'trailing-comma': 1,
  'smart-quotes': 2,
  'package-manager-mismatch': 2,
  'missing-required-setting': 3,
};
