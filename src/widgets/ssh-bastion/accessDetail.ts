/**
 * The presenter's detail: the terminal, the bastion's and app-1's sshd logs and the switches, as
 * tables (the stage's Details panel and the speaker view). The logs come first: the newest lines.
 */
import type { WidgetDetail } from '../widgetDetail.ts';
import { hostLog } from './sshdLog.ts';
import { SWITCH_ORDER, switchName } from './accessText.ts';
import { switchOn, type AccessView } from './storySteps.ts';

/** What the laptop's terminal shows for the last attempt: the commands typed, then the output. */
export function terminalLines(view: AccessView): string[] {
  if (!view.last) return [];
  return [...view.last.commands.map((c) => `$ ${c}`), ...view.last.output];
}

export function accessDetail(view: AccessView): WidgetDetail {
  const lines = (rows: string[]) => rows.map((line) => [line]);
  return [
    { caption: 'Terminal', columns: ['Line'], rows: lines(terminalLines(view)) },
    { caption: 'Bastion log', columns: ['auth.log line'], rows: lines(hostLog(view.state.log, 'bastion')) },
    { caption: 'app-1 log', columns: ['auth.log line'], rows: lines(hostLog(view.state.log, 'app-1')) },
    {
      caption: 'Switches',
      columns: ['Switch', 'State'],
      rows: SWITCH_ORDER.map((id) => [switchName(id), switchOn(view, id) ? 'on' : 'off']),
    },
  ];
}
