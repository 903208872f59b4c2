/** extensionTestsPath of the suite in a trusted workspace. */
import { runMochaIn } from '../runMocha';

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
