/** The user settings of every test window: quiet, offline, and trusted or not as the suite needs. */
export function userSettings(trusted: boolean): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    // VS Code's JSON service would try to download package.json's schema, offline.
    'json.schemaDownload.enable': false,
    // The DOM renderer keeps the terminal's text readable by the UI tests.
    'terminal.integrated.gpuAcceleration': 'off',
    'editor.hover.delay': 150,
    // The lab is one long line: wrapped, every squiggle is in the screenshots.
    'editor.wordWrap': 'on',
    // Untrusted: trust is on, the folder is not trusted, and no modal asks about it.
    'security.workspace.trust.enabled': !trusted,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'always',
  };
}
