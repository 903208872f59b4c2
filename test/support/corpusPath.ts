/**
 * Where the shared test data is: beside the project, in `../shared` (the corpus of real templates
 * and the facts about Packer, read in place, never copied here). Compiled to out/test/support,
 * hence four levels up.
 */
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '..', '..', '..', '..', 'shared');
export const CORPUS = process.env.PACKER_CORPUS ?? join(SHARED, 'corpus');
