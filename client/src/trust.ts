import * as vscode from 'vscode';

/**
 * Running packer executes what the template says (provisioners, plugins, `shell-local` on this machine),
 * so in Restricted Mode nothing runs. Returns true when the action was refused.
 */
export function refuseIfUntrusted(action: string): boolean {
  if (vscode.workspace.isTrusted) return false;
  const manage = 'Manage Workspace Trust';
  void vscode.window
    .showWarningMessage(
      `Packer ${action} did not run: this workspace is in Restricted Mode. Running Packer executes what the template asks for (provisioners, plugins, local shell commands), so it needs a trusted workspace. The language features keep working.`,
      manage,
    )
    .then((choice) => {
      if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return true;
}
