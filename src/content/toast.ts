/** A short confirmation in the page's corner, inside our shadow root; styled by `.toast`. */
export function showToast(root: ShadowRoot, text: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = text;
  root.append(toast);
  setTimeout(() => toast.remove(), 6000);
}
