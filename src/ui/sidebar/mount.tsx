import { render } from 'preact';
import type { SidebarShell } from '../../content/docs';
import { Sidebar } from './sidebar';
import themeCss from '../shared/theme.css?inline';
import sidebarCss from './sidebar.css?inline';

export function mountSidebar(shell: SidebarShell): void {
  const style = document.createElement('style');
  style.textContent = themeCss + sidebarCss;
  shell.root.prepend(style);
  shell.panel.textContent = '';
  render(<Sidebar documentId={shell.documentId} panel={shell.panel} firstView={shell.firstView} />, shell.panel);
}
