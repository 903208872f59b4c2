/**
 * Document links: the files and folders a template names (scripts, playbooks, HTTP folders, key
 * files, `file("...")` arguments) become links to them, when they exist on disk.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysedDocument } from '../../document';
import type { FileReader } from '../../rules/rule';
import { hclPathCandidates } from './hclPaths';
import { legacyPathCandidates } from './legacyPaths';
import { linksOf, templateFolder, type PathCandidate } from './pathLinks';

export function documentLinks(document: AnalysedDocument, files: FileReader): DocumentLink[] {
  const folder = templateFolder(document.uri);
  if (folder === undefined) return [];
  let candidates: PathCandidate[] = [];
  if (document.hcl !== undefined) {
    // Variable files only assign values: nothing in them is known to be a path.
    if (document.hcl.file.role !== 'config') return [];
    candidates = hclPathCandidates(document.hcl.file.body, document.text, folder);
  } else if (document.template !== undefined) {
    candidates = legacyPathCandidates(document.template, document.text, folder);
  }
  if (candidates.length === 0) return [];
  const lines = TextDocument.create(document.uri, 'packer', document.version, document.text);
  return linksOf(candidates, folder, files, (r) => ({
    start: lines.positionAt(r.start),
    end: lines.positionAt(r.end),
  }));
}
