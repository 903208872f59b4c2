/**
 * The server's own requests (`packer/<name>`). Both read the editor's text when the template is
 * open and the file on disk otherwise, because the client asks about files it may not have open.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { DocumentInput } from './service/document';
import type { WorkspaceFile } from './service/features/configurations/configurations';
import type { ConfigurationsParams } from './service/features/configurations/types';
import type { LanguageService } from './service/service';
import type { ServiceSettings } from './service/settings';
import { guarded, uriParams } from './requestGuards';

export const BUILD_NAMES_REQUEST = 'packer/buildNames';
export const CONVERT_TO_HCL_REQUEST = 'packer/convertToHcl';
export const CONFIGURATIONS_REQUEST = 'packer/configurations';
/** Server to client: the answer to `packer/configurations` changed without an edit (a plugin installed). */
export const CONFIGURATIONS_CHANGED_NOTIFICATION = 'packer/configurationsChanged';

/** The workspace's Packer files (open documents' text first), and whether the scan stopped at a limit. */
export type WorkspaceFiles = () => { files: WorkspaceFile[]; truncated: boolean };

/** The open document's input, or undefined when the editor does not have `uri` open. */
export type OpenInput = (uri: string) => DocumentInput | undefined;

function readFromDisk(uri: string): DocumentInput {
  return { uri, version: -1, languageId: 'packer-json', text: fs.readFileSync(fileURLToPath(uri), 'utf8') };
}

export function registerPackerRequests(
  connection: Connection,
  service: LanguageService,
  openInput: OpenInput,
  workspaceFiles: WorkspaceFiles,
  settings: () => ServiceSettings,
): void {
  connection.onRequest(CONFIGURATIONS_REQUEST, (params: ConfigurationsParams | undefined) => {
    const { files, truncated } = workspaceFiles();
    return service.configurations(files, params ?? {}, truncated, settings());
  });

  connection.onRequest(
    BUILD_NAMES_REQUEST,
    guarded(uriParams, (params: { uri: string }) => {
      try {
        return { names: service.buildNames(openInput(params.uri) ?? readFromDisk(params.uri)) };
      } catch {
        return { names: [] };
      }
    }),
  );

  // Failures answer with the reason, which the client shows.
  connection.onRequest(
    CONVERT_TO_HCL_REQUEST,
    guarded(uriParams, (params: { uri: string }) => {
      let document = openInput(params.uri);
      if (document === undefined) {
        try {
          document = readFromDisk(params.uri);
        } catch (error) {
          throw new ResponseError(LSPErrorCodes.RequestFailed, `Cannot read ${params.uri}: ${String(error)}`);
        }
      }
      const result = service.convertToHcl(document, settings());
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return result;
    }),
  );
}
