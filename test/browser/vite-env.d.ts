/** Vite's `?raw` imports: the file's text, bundled into the page (the browser has no node:fs). */
declare module '*?raw' {
  const text: string;
  export default text;
}
