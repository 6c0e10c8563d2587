// Every page is prerendered; all computing happens in the browser.
export const prerender = true;
export const trailingSlash = 'never';
