/**
 * The WPS 加载项's main script (loaded by index.html): the ribbon's callbacks. Its one button opens
 * the task pane — the same pane build as in Excel, taskpane.html beside this page — with
 * Application.CreateTaskPane, and hides or shows it again on the next click (the pane's id is kept
 * in PluginStorage, which the add-in's pages share).
 */
import type { EtAddinApi, EtRibbonControl } from '../et';

const PANE_ID_KEY = 'banzhuren.taskpane';
const BUTTON = 'banzhurenShowPane';
/** CustomUI's dock position, Kso.KsoMsoCTPDockPosition.msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

/** The folder this page was loaded from, as a URL ending in `/`. */
function here(): string {
  const url = decodeURI(document.location.toString());
  return url.slice(0, url.lastIndexOf('/') + 1);
}

function togglePane(app: EtAddinApi): void {
  const id = app.PluginStorage.getItem(PANE_ID_KEY);
  if (id) {
    const pane = app.GetTaskPane(Number(id));
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = app.CreateTaskPane(`${here()}taskpane.html`, '班主任工作量化记录');
  pane.DockPosition = DOCK_RIGHT;
  app.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
  pane.Visible = true;
}

const app = (window as unknown as { Application: EtAddinApi }).Application;

const ribbon = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: EtRibbonControl): boolean => {
    if (control.Id === BUTTON) togglePane(app);
    return true;
  },
  GetImage: (): string => 'assets/icon-64.png',
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
