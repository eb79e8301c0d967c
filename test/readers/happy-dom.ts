/**
 * Saved dashboards link stylesheets on hosts that do not exist here; happy-dom would try to
 * fetch them and log an error for each. Treat disabled loads as done, and never fetch.
 */
export function parseHtml(html: string): Document {
  const settings = (window as unknown as { happyDOM?: { settings: Record<string, unknown> } })
    .happyDOM?.settings;
  if (settings) {
    settings.disableCSSFileLoading = true;
    settings.disableJavaScriptFileLoading = true;
    settings.handleDisabledFileLoadingAsSuccess = true;
  }
  return new DOMParser().parseFromString(html, 'text/html');
}
