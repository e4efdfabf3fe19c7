/** Resolves once `done()` holds, checked again on every change `watch` observes under `node`. */
export function untilTrue(node: Node, done: () => boolean, watch: MutationObserverInit): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(node, watch);
  });
}
