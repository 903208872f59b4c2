/** extensionTestsPath of the suite in Restricted Mode. */
import { runMochaIn } from '../runMocha';

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
