let root: ShadowRoot | undefined;

/** A root of its own for toasts: they say only what was just done, so the page may see them. */
export function toastRoot(): ShadowRoot {
  if (root?.host.isConnected) return root;
  const host = document.createElement('incident-desk-toast');
  root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = TOAST_CSS;
  root.append(style);
  document.documentElement.append(host);
  return root;
}

const TOAST_CSS = `.toast {
  position: fixed; right: 24px; bottom: 24px; z-index: 2147483001; max-width: 320px;
  background: #1d2129; color: #fff; border-radius: 8px; padding: 10px 14px;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
}`;

/** A short confirmation in the page's corner, inside a shadow root; styled by `.toast`. */
export function showToast(root: ShadowRoot, text: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = text;
  root.append(toast);
  setTimeout(() => toast.remove(), 6000);
}
