/* global document, requestAnimationFrame */
// Starts the web app once the BFF's first paint is on screen. A page with a first paint names
// the app's entry (data-app) and the modules it imports (data-modules) here instead of loading
// them itself: fetched and compiled straight away, they would hold back the frame that shows
// the paint. Where frames are not drawn (a hidden tab) the app starts at once; should no frame
// come, it starts after 100 ms.
const script = document.querySelector('script[data-app]');
const entry = script?.getAttribute('data-app');
const modules = (script?.getAttribute('data-modules') ?? '').split(' ').filter(Boolean);
let started = false;
const start = () => {
  if (started || !entry) return;
  started = true;
  for (const href of modules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void import(new URL(entry, document.baseURI).href);
};
if (document.visibilityState === 'hidden') start();
else {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
}
