/** Release codenames, as image, box and file names use them in place of numbers. */

export const UBUNTU_CODENAMES: Readonly<Record<string, string>> = {
  precise: '12.04',
  trusty: '14.04',
  xenial: '16.04',
  yakkety: '16.10',
  zesty: '17.04',
  artful: '17.10',
  bionic: '18.04',
  cosmic: '18.10',
  disco: '19.04',
  eoan: '19.10',
  focal: '20.04',
  groovy: '20.10',
  hirsute: '21.04',
  impish: '21.10',
  jammy: '22.04',
  kinetic: '22.10',
  lunar: '23.04',
  mantic: '23.10',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
};

/**
 * Codenames distinctive enough to name Ubuntu on their own (in a file or image name); the
 * others ("disco", "lunar", "impish") are ordinary words too often.
 */
export const UBUNTU_STANDALONE: readonly string[] = ['trusty', 'xenial', 'bionic', 'focal', 'jammy', 'noble'];

export const DEBIAN_CODENAMES: Readonly<Record<string, string>> = {
  squeeze: '6',
  wheezy: '7',
  jessie: '8',
  stretch: '9',
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};
