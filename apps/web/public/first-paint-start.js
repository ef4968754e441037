/* global document, requestAnimationFrame */
// Starts the web app one frame after the BFF's first paint has been drawn. A page with a first
// paint names the app's entry here (data-app) and only preloads it: run straight after the page
// is parsed, the app's startup would hold back the frame that shows the paint. Where frames are
// not drawn (a hidden tab) the app starts at once; should none come, it starts after 100 ms.
const entry = document.querySelector('script[data-app]')?.getAttribute('data-app');
let started = false;
const start = () => {
  if (started || !entry) return;
  started = true;
  void import(new URL(entry, document.baseURI).href);
};
if (document.visibilityState === 'hidden') start();
else {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
}
